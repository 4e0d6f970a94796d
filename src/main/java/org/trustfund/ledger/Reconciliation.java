package org.trustfund.ledger;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The running totals checked against the sum of all entries (a full scan: on request only). */
public record Reconciliation(FundTotals runningTotals, FundTotals sumOfEntries, long runningCount, long entryCount,
		boolean yearTotalsMatch) {

	@JsonProperty("matches")
	public boolean matches() {
		return runningTotals.sameAs(sumOfEntries) && runningCount == entryCount && yearTotalsMatch;
	}
}
