package org.trustfund.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code trustfund.security.login.*}: how many failed log-ins within {@code window} lock an account
 * ({@code maxFailures}) or a client address ({@code maxFailuresPerAddress}, higher: several people may
 * share one address), and for how long ({@code lockout}). Defaults: 5, 20, 15 minutes, 15 minutes.
 */
@ConfigurationProperties("trustfund.security.login")
record LoginSettings(Integer maxFailures, Integer maxFailuresPerAddress, Duration window, Duration lockout) {

	LoginSettings {
		maxFailures = maxFailures == null ? 5 : maxFailures;
		maxFailuresPerAddress = maxFailuresPerAddress == null ? 20 : maxFailuresPerAddress;
		window = window == null ? Duration.ofMinutes(15) : window;
		lockout = lockout == null ? Duration.ofMinutes(15) : lockout;
		if (maxFailures < 1 || maxFailuresPerAddress < 1 || window.isNegative() || window.isZero()
				|| lockout.isNegative() || lockout.isZero()) {
			throw new IllegalArgumentException("trustfund.security.login: limits must be at least 1 and "
					+ "window and lockout positive, not " + this);
		}
	}
}
