package org.trustfund.ledger;

import org.springframework.modulith.NamedInterface;
import org.trustfund.shared.Money;

/**
 * Published inside the transaction that makes grant money available again: a released commitment (a
 * declined or lapsed grant agreement) or a refund of unspent money. Like a paid contribution, it is new
 * money for the reserve list.
 */
@NamedInterface("events")
public record FundsReturned(String grantRef, Money amount, EntryType type, long ledgerEntryId) {

	/** The BPMN message correlated after commit to the processes waiting for money (the reserve lists). */
	public static final String MESSAGE = "FundsReturned";
}
