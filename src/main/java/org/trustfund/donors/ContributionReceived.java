package org.trustfund.donors;

import org.springframework.modulith.NamedInterface;
import java.time.LocalDate;
import org.trustfund.ledger.DonorGroup;
import org.trustfund.shared.Money;

/**
 * Published when a paid contribution is recorded. After commit it is also correlated as the BPMN message
 * {@code ContributionReceived}, so that processes (the reserve list) can react to new money.
 */
@NamedInterface("api")
public record ContributionReceived(long contributionId, long donorId, DonorGroup donorGroup, Money creditedUsd,
		LocalDate receivedOn, long ledgerEntryId) {

	public static final String MESSAGE = "ContributionReceived";
}
