package org.trustfund.ledger;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/**
 * The running totals of every ledger entry, in a single row that each posting locks and updates in the
 * posting's transaction: reading the balance is one row at any ledger size, and postings serialise.
 * <p>
 * The totals stay {@link BigDecimal}, not {@code Money}: they are {@link FundTotals}, sums of signed entries that
 * the ledger's rules ({@code LedgerRules}) check; the ledger hands out {@code Money} where an amount is known to be
 * an amount (the available balance, a grant's position).
 */
@Entity
class FundBalance {

	static final int THE_FUND = 1;

	@Id
	private Integer id;

	private BigDecimal paidIn;
	private BigDecimal committed;
	private BigDecimal disbursed;
	private BigDecimal refunded;
	private BigDecimal reserve;
	private long entryCount;
	private Long lastEntryId;

	@Version
	private long version;

	protected FundBalance() {
	}

	FundTotals totals() {
		return new FundTotals(paidIn, committed, disbursed, refunded, reserve);
	}

	void add(LedgerEntry entry) {
		FundTotals after = totals().plus(entry.getBucket(), entry.getAmount());
		this.paidIn = after.paidIn();
		this.committed = after.committed();
		this.disbursed = after.disbursed();
		this.refunded = after.refunded();
		this.reserve = after.reserve();
		this.entryCount++;
		this.lastEntryId = entry.getId();
	}

	long entryCount() {
		return entryCount;
	}

	Long lastEntryId() {
		return lastEntryId;
	}
}
