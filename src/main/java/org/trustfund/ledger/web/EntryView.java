package org.trustfund.ledger.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.trustfund.ledger.Bucket;
import org.trustfund.ledger.DonorGroup;
import org.trustfund.ledger.EntryType;
import org.trustfund.ledger.LedgerEntry;

/** A ledger entry as the API shows it; {@code amount} is the signed change of {@code bucket}. */
record EntryView(Long id, EntryType type, Bucket bucket, BigDecimal amount, BigDecimal availableEffect,
		LocalDate valueDate, Instant recordedAt, String actor, String reason, String reference, String grantRef,
		Long donorId, DonorGroup donorGroup, Long contributionId, Long correctsEntryId) {

	static EntryView of(LedgerEntry e) {
		return new EntryView(e.getId(), e.getType(), e.getBucket(), e.getAmount(), e.availableEffect(),
				e.getValueDate(), e.getRecordedAt(), e.getActor(), e.getReason(), e.getReference(), e.getGrantRef(),
				e.getDonorId(), e.getDonorGroup(), e.getContributionId(), e.getCorrectsEntryId());
	}
}
