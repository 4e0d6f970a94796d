package org.trustfund.board.session;

/** What applying the decision did to the proposal. */
public enum OutcomeResult {
	AWARDED, RESERVE_LIST, DECLINED,
	/** No quorum: the proposal stays REVIEWED for the next session. */
	CARRIED_OVER,
	/** A reserve-list offer not approved (or no money left): the project keeps its place on the list. */
	KEPT_PLACE
}
