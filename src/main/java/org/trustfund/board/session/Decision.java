package org.trustfund.board.session;

/** What {@code board-decision.dmn} made of one proposal's votes. */
public enum Decision {
	APPROVED, NOT_APPROVED,
	/** Too few trustees took part: the proposal goes to the next session. */
	NO_QUORUM
}
