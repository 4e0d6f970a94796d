package org.trustfund.board.session;

/** One line of a trustee's ballot as submitted: choice APPROVE, REJECT, ABSTAIN or RECUSE, optional comment. */
public record Ballot(Long proposalId, String choice, String comment) {

	/** The form's (and the problem details') field for this line's choice. */
	public static String field(long proposalId) {
		return "choice_" + proposalId;
	}
}
