package org.trustfund.reserve;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code trustfund.reserve.*}: how long a new reserve list stays valid, whether reserve offers are
 * decided by the chair alone instead of a written procedure of the whole Board, and how often a waiting list
 * checks the available balance anyway ({@code recheckInterval}, default one hour, at least one minute).
 */
@ConfigurationProperties("trustfund.reserve")
public record ReserveSettings(Period validity, Boolean chairOnlyApproval, Duration recheckInterval) {

	public ReserveSettings {
		validity = validity == null ? Period.ofMonths(12) : validity;
		chairOnlyApproval = chairOnlyApproval != null && chairOnlyApproval;
		recheckInterval = recheckInterval == null ? Duration.ofHours(1) : recheckInterval;
		if (recheckInterval.compareTo(Duration.ofMinutes(1)) < 0) {
			throw new IllegalArgumentException("trustfund.reserve.recheck-interval must be at least PT1M");
		}
	}
}
