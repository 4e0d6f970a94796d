package org.trustfund.reserve;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code trustfund.reserve.*}: how long a new reserve list stays valid, and whether reserve offers are
 * decided by the chair alone instead of a written procedure of the whole Board.
 */
@ConfigurationProperties("trustfund.reserve")
public record ReserveSettings(Period validity, Boolean chairOnlyApproval) {

	public ReserveSettings {
		validity = validity == null ? Period.ofMonths(12) : validity;
		chairOnlyApproval = chairOnlyApproval != null && chairOnlyApproval;
	}
}
