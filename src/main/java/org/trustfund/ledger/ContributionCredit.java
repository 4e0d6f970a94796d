package org.trustfund.ledger;

import org.springframework.modulith.NamedInterface;
import org.trustfund.shared.Money;
import java.time.LocalDate;

/**
 * A paid contribution as the ledger books it: the US dollars credited, when, from which donor, and the
 * bank's reference (booked once only).
 */
@NamedInterface("events")
public record ContributionCredit(long contributionId, long donorId, DonorGroup donorGroup, Money creditedUsd,
		LocalDate receivedOn, String bankReference, String reason) {
}
