package org.trustfund.ledger;

import org.springframework.modulith.NamedInterface;

import java.math.BigDecimal;

/**
 * What the ledger holds for one grant, in USD: committed (net of releases), paid out, and refunded (each the sum
 * of the grant's entries in that bucket, corrections included). Read by {@link FundLedger#grantPosition} for the
 * grants' reconciliation.
 */
@NamedInterface("api")
public record GrantPosition(String grantRef, BigDecimal committed, BigDecimal disbursed, BigDecimal refunded) {

	static GrantPosition none(String grantRef) {
		return new GrantPosition(grantRef, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
	}

	GrantPosition plus(Bucket bucket, BigDecimal delta) {
		return new GrantPosition(grantRef, bucket == Bucket.COMMITTED ? committed.add(delta) : committed,
				bucket == Bucket.DISBURSED ? disbursed.add(delta) : disbursed,
				bucket == Bucket.REFUNDED ? refunded.add(delta) : refunded);
	}

	/** Committed and not yet paid out: what a disbursement or a release may use. */
	BigDecimal undisbursed() {
		return committed.subtract(disbursed);
	}

	/** Paid out and not yet refunded: what a refund may return. */
	BigDecimal refundable() {
		return disbursed.subtract(refunded);
	}

	/** 0 ≤ refunded ≤ disbursed ≤ committed. */
	boolean consistent() {
		return refunded.signum() >= 0 && refunded.compareTo(disbursed) <= 0 && disbursed.compareTo(committed) <= 0;
	}
}
