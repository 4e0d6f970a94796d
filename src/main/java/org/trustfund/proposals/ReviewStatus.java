package org.trustfund.proposals;

import org.springframework.modulith.NamedInterface;
@NamedInterface("api")
public enum ReviewStatus {
	/** The reviewer has the proposal and has not yet scored it. */
	ASSIGNED,
	/** The reviewer declared a conflict of interest and was replaced. */
	CONFLICTED,
	SUBMITTED
}
