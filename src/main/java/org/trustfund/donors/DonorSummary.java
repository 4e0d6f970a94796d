package org.trustfund.donors;

import java.math.BigDecimal;
import java.util.Map;

/** A donor's totals: pledged and still unpaid per currency (written-off pledges left out), paid in USD. */
public record DonorSummary(Map<String, BigDecimal> pledged, Map<String, BigDecimal> unpaid, BigDecimal paidUsd,
		long contributions) {
}
