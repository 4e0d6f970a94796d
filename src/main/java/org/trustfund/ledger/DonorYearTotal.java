package org.trustfund.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * Running total of the money paid in (bucket {@code PAID_IN}) by one donor in one value year, in USD, kept beside
 * the fund's totals by {@link FundLedger} in the same transaction as each entry: the fund's report reads whole years
 * from here. Donor 0 stands for entries without a donor.
 * <p>
 * {@code amount} stays a signed {@link BigDecimal}, not {@code Money}: it is the sum of signed entries (a reversed
 * contribution is a negative correction), which may pass below zero in a year that holds the correction but not
 * the entry it corrects.
 */
@Entity
@Table(name = "fund_donor_year_total")
class DonorYearTotal {

	@EmbeddedId
	private Key key;

	private BigDecimal amount;
	private long entryCount;

	protected DonorYearTotal() {
	}

	DonorYearTotal(Key key) {
		this.key = key;
		this.amount = BigDecimal.ZERO.setScale(2);
	}

	void add(BigDecimal delta) {
		amount = amount.add(delta);
		entryCount++;
	}

	@Embeddable
	record Key(@Column(name = "value_year") int year, @Column(name = "donor_id") long donorId,
			@Column(name = "donor_group") String donorGroup) implements Serializable {

		/** The key of a paid-in entry, or null when the entry moves another bucket. */
		static Key of(LedgerEntry e) {
			if (e.getBucket() != Bucket.PAID_IN) {
				return null;
			}
			return new Key(e.getValueYear(), e.getDonorId() == null ? 0L : e.getDonorId(),
					e.getDonorGroup() == null ? YearTotal.NO_GROUP : e.getDonorGroup().name());
		}
	}
}
