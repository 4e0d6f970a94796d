package org.trustfund.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * Running total of one bucket in one year for one donor group, in USD, kept beside the fund's totals.
 * <p>
 * {@code amount} stays a signed {@link BigDecimal}, not {@code Money}: it sums signed ledger entries (releases,
 * corrections), so a year's total of a bucket may be negative (a commitment released in a later year than it was
 * made).
 */
@Entity
@Table(name = "fund_year_total")
class YearTotal {

	/** The donor group of movements that do not come from a donor (commitments, refunds...). */
	static final String NO_GROUP = "NONE";

	@EmbeddedId
	private Key key;

	private BigDecimal amount;
	private long entryCount;

	protected YearTotal() {
	}

	YearTotal(Key key) {
		this.key = key;
		this.amount = BigDecimal.ZERO.setScale(2);
	}

	void add(BigDecimal delta) {
		amount = amount.add(delta);
		entryCount++;
	}

	Key key() {
		return key;
	}

	BigDecimal amount() {
		return amount;
	}

	long entryCount() {
		return entryCount;
	}

	@Embeddable
	record Key(@Column(name = "value_year") int year, @Enumerated(EnumType.STRING) Bucket bucket,
			@Column(name = "donor_group") String donorGroup) implements Serializable {

		static Key of(LedgerEntry e) {
			return new Key(e.getValueYear(), e.getBucket(),
					e.getDonorGroup() == null ? NO_GROUP : e.getDonorGroup().name());
		}
	}
}
