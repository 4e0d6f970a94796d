package org.trustfund.reporting;

import org.springframework.modulith.NamedInterface;
import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Name;

/**
 * {@code trustfund.report.*}: what the fund needs in USD (a year, and before a new call may open; DOMAIN.md
 * gives USD 1,000,000 and 500,000) and whether the public version of the report is served at {@code /public/report}.
 */
@ConfigurationProperties("trustfund.report")
@NamedInterface("api")
public record ReportSettings(BigDecimal yearlyNeed, BigDecimal newCallNeed, @Name("public") Boolean publicReport) {

	public ReportSettings {
		yearlyNeed = yearlyNeed == null ? new BigDecimal("1000000.00") : yearlyNeed.setScale(2);
		newCallNeed = newCallNeed == null ? new BigDecimal("500000.00") : newCallNeed.setScale(2);
		publicReport = publicReport != null && publicReport;
	}
}
