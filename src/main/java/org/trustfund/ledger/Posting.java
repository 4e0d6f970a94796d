package org.trustfund.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What one new ledger entry will say; the ledger adds who and when. */
record Posting(EntryType type, Bucket bucket, BigDecimal amount, LocalDate valueDate, String reason,
		String reference, String grantRef, Long donorId, DonorGroup donorGroup, Long contributionId,
		Long correctsEntryId, String idempotencyKey) {

	static Posting of(EntryType type, BigDecimal amount, LocalDate valueDate, String reason) {
		return new Posting(type, type.bucket(), amount, valueDate, reason, null, null, null, null, null, null, null);
	}

	Posting grant(String grantRef) {
		return new Posting(type, bucket, amount, valueDate, reason, reference, grantRef, donorId, donorGroup,
				contributionId, correctsEntryId, idempotencyKey);
	}

	Posting reference(String reference, String idempotencyKey) {
		return new Posting(type, bucket, amount, valueDate, reason, reference, grantRef, donorId, donorGroup,
				contributionId, correctsEntryId, idempotencyKey);
	}

	Posting donor(Long donorId, DonorGroup donorGroup, Long contributionId) {
		return new Posting(type, bucket, amount, valueDate, reason, reference, grantRef, donorId, donorGroup,
				contributionId, correctsEntryId, idempotencyKey);
	}

	/** The reversal of {@code original}: same bucket, grant, donor and value date; opposite amount. */
	static Posting reversing(LedgerEntry original, String reason) {
		return new Posting(EntryType.CORRECTION, original.getBucket(), original.getAmount().negate(),
				original.getValueDate(), reason, original.getReference(), original.getGrantRef(), original.getDonorId(),
				original.getDonorGroup(), original.getContributionId(), original.getId(), null);
	}
}
