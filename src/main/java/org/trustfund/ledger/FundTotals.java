package org.trustfund.ledger;

import java.math.BigDecimal;
import org.springframework.modulith.NamedInterface;

/**
 * The fund's running totals in US dollars. Signed, so that a rule can look at what a posting would
 * leave behind before allowing it.
 */
@NamedInterface("api")
public record FundTotals(BigDecimal paidIn, BigDecimal committed, BigDecimal disbursed, BigDecimal refunded,
		BigDecimal reserve) {

	public static final FundTotals ZERO = new FundTotals(BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2),
			BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2));

	/** Available for new grants = paid in − committed + refunded − operating reserve. */
	public BigDecimal available() {
		return paidIn.subtract(committed).add(refunded).subtract(reserve);
	}

	public BigDecimal get(Bucket bucket) {
		return switch (bucket) {
			case PAID_IN -> paidIn;
			case COMMITTED -> committed;
			case DISBURSED -> disbursed;
			case REFUNDED -> refunded;
			case RESERVE -> reserve;
		};
	}

	public FundTotals plus(Bucket bucket, BigDecimal delta) {
		return new FundTotals(
				bucket == Bucket.PAID_IN ? paidIn.add(delta) : paidIn,
				bucket == Bucket.COMMITTED ? committed.add(delta) : committed,
				bucket == Bucket.DISBURSED ? disbursed.add(delta) : disbursed,
				bucket == Bucket.REFUNDED ? refunded.add(delta) : refunded,
				bucket == Bucket.RESERVE ? reserve.add(delta) : reserve);
	}

	/** Committed money still to be paid out to grantees. */
	public BigDecimal committedNotDisbursed() {
		return committed.subtract(disbursed);
	}

	/** Every total is compared by value, so 1.0 and 1.00 are equal. */
	public boolean sameAs(FundTotals other) {
		for (Bucket b : Bucket.values()) {
			if (get(b).compareTo(other.get(b)) != 0) {
				return false;
			}
		}
		return true;
	}
}
