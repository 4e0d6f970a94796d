package org.trustfund.board.session;

import org.springframework.modulith.NamedInterface;

/** How the Board decides: in a session, by written (intersessional) procedure, or on a reserve-list offer. */
@NamedInterface("sessions")
public enum SessionKind {
	MEETING, WRITTEN, RESERVE_OFFER
}
