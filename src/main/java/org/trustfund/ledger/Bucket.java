package org.trustfund.ledger;

import org.springframework.modulith.NamedInterface;

/**
 * The running totals a ledger entry changes. Available for new grants = paid in − committed + refunded −
 * reserve; disbursements pay out money that was already committed, so they leave it unchanged.
 */
@NamedInterface("api")
public enum Bucket {
	PAID_IN(1), COMMITTED(-1), DISBURSED(0), REFUNDED(1), RESERVE(-1);

	private final int availableSign;

	Bucket(int availableSign) {
		this.availableSign = availableSign;
	}

	/** +1 if money in this bucket adds to the available balance, −1 if it takes from it, 0 if neither. */
	public int availableSign() {
		return availableSign;
	}
}
