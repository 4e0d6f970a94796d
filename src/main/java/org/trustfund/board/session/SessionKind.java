package org.trustfund.board.session;


/** How the Board decides: in a session, by written (intersessional) procedure, or on a reserve-list offer. */
public enum SessionKind {
	MEETING, WRITTEN, RESERVE_OFFER
}
