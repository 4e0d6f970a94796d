package org.trustfund.board.session;

/** A trustee's vote on one proposal. RECUSED: a conflict of interest; the trustee does not count for quorum. */
public enum VoteChoice {
	APPROVE, REJECT, ABSTAIN, RECUSED
}
