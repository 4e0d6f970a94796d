package org.trustfund.donors;

import org.springframework.modulith.NamedInterface;
import java.math.BigDecimal;
import java.util.Map;

/** A donor's totals: pledged and still unpaid per currency (written-off pledges left out), paid in USD. */
@NamedInterface("api")
public record DonorSummary(Map<String, BigDecimal> pledged, Map<String, BigDecimal> unpaid, BigDecimal paidUsd,
		long contributions) {
}
