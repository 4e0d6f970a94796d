package org.trustfund.calls;

import org.springframework.modulith.NamedInterface;
@NamedInterface("api")
public enum CallStatus {
	/** Being written by a fund manager; invisible to NGOs. */
	DRAFT,
	/** Published: proposals are accepted from the opening date until the submission deadline. */
	OPEN,
	/** The deadline passed: proposals are screened and reviewed. */
	CLOSED,
	/** Every proposal is reviewed: the fund manager prepares the ranked recommendation. */
	RECOMMENDATION,
	/** The recommendation is handed to the Board of Trustees. */
	READY_FOR_BOARD,
	/** The Board's session decided every recommended proposal: awarded, reserve list or declined. */
	DECIDED
}
