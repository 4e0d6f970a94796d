package org.trustfund.ledger;

import org.trustfund.shared.ValidationException;
import org.trustfund.shared.Money;
import org.trustfund.shared.ConflictException;

/** The available balance is short of what a commitment (or a larger operating reserve) needs. HTTP 409. */
public class InsufficientFundsException extends ConflictException {

	private final Money requested;
	private final Money available;

	/**
	 * @param what what needs the money, e.g. {@code Keyed("funds.what.grant", "committing grant TF-1", "TF-1")}
	 * @param requested the amount it needs; {@code available} the balance available for new grants
	 */
	public InsufficientFundsException(ValidationException.Keyed what, Money requested, Money available) {
		super("conflict.funds.insufficient", "Not enough money available: " + what.english() + " needs "
				+ requested.format() + " but only " + available.format() + " is available for new grants", what,
				requested.format(), available.format());
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
