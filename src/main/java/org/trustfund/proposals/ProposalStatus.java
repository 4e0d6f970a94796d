package org.trustfund.proposals;

import org.springframework.modulith.NamedInterface;
/** Where a proposal stands, from the NGO's draft to the end of its review. */
@NamedInterface("api")
public enum ProposalStatus {
	DRAFT, SUBMITTED,
	/** Failed the call's eligibility rules; the reasons were sent to the NGO. */
	INELIGIBLE,
	/** With the fund manager for screening. */
	SCREENING,
	/** The fund manager asked the NGO a question; waiting for the answer. */
	CLARIFICATION_REQUESTED,
	/** Rejected at screening, with a reason sent to the NGO. */
	REJECTED,
	/** With the technical reviewers. */
	IN_REVIEW,
	/** The reviewers disagree by more than the margin: the fund manager settles the score. */
	MODERATION,
	/** Has its final score; waits for the ranked recommendation and the Board. */
	REVIEWED,
	/** The Board approved it and its grant is committed in the ledger. */
	AWARDED,
	/** Eligible, approved or recommended for reserve, but not (yet) funded: waits on the call's reserve list. */
	RESERVE_LIST,
	/** The Board decided not to fund it; the reason was sent to the NGO. */
	DECLINED_BY_BOARD,
	/** The reserve list expired before money reached it: not funded in this cycle. */
	NOT_FUNDED,
	/** Taken off the reserve list by the fund manager, with a reason (for example the NGO withdrew). */
	WITHDRAWN;

	/** Whether the proposal has finished review, one way or another. */
	public boolean reviewFinished() {
		return this == INELIGIBLE || this == REJECTED || this == REVIEWED;
	}
}
