package org.trustfund.board.session;

public enum SessionStatus {
	/** Trustees vote until the deadline or until all have voted. */
	VOTING,
	/** Voting is closed; the chair signs the outcome. */
	AWAITING_SIGNATURE,
	/** The chair signed; the outcome is being applied. */
	SIGNED,
	/** Awards committed, reserve list and declines recorded, NGOs told. */
	APPLIED
}
