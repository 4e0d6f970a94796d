package org.trustfund.donors;

import org.springframework.modulith.NamedInterface;
@NamedInterface("api")
public enum PledgeStatus {
	OPEN, PARTLY_PAID, PAID, WRITTEN_OFF;

	/** Still expecting money: payments may be recorded against it and it is followed up. */
	public boolean isOutstanding() {
		return this == OPEN || this == PARTLY_PAID;
	}
}
