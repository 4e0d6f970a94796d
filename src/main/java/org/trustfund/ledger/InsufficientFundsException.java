package org.trustfund.ledger;

import org.trustfund.shared.Money;
import org.trustfund.shared.ConflictException;

/** The available balance is short of what a commitment (or a larger operating reserve) needs. HTTP 409. */
public class InsufficientFundsException extends ConflictException {

	private final Money requested;
	private final Money available;

	public InsufficientFundsException(String what, Money requested, Money available) {
		super("Not enough money available: " + what + " needs " + requested.format() + " but only "
				+ available.format() + " is available for new grants");
		this.requested = requested;
		this.available = available;
	}

	public Money requested() {
		return requested;
	}

	public Money available() {
		return available;
	}
}
