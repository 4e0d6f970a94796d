package org.trustfund.ledger;

/** The running totals checked against the sum of all entries (a full scan: on request only). */
public record Reconciliation(FundTotals runningTotals, FundTotals sumOfEntries, long runningCount, long entryCount,
		boolean yearTotalsMatch) {

	public boolean matches() {
		return runningTotals.sameAs(sumOfEntries) && runningCount == entryCount && yearTotalsMatch;
	}
}
