package org.trustfund.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/**
 * A log-in refused without checking the password, because the account or the client address failed too
 * often ({@link LoginThrottle}). Carries how long the lockout still lasts.
 */
class LoginLockedException extends AuthenticationException {

	private final Duration remaining;

	/** @param remaining how long the lockout still lasts, positive */
	LoginLockedException(Duration remaining) {
		super("Too many failed log-ins; try again in " + minutes(remaining) + " minutes");
		this.remaining = remaining;
	}

	/** Seconds until the lockout ends, rounded up (for {@code Retry-After}); at least 1. */
	long retryAfterSeconds() {
		long seconds = remaining.getSeconds() + (remaining.getNano() > 0 ? 1 : 0);
		return Math.max(1, seconds);
	}

	/** Minutes until the lockout ends, rounded up (for people); at least 1. */
	long minutes() {
		return minutes(remaining);
	}

	private static long minutes(Duration remaining) {
		long seconds = Math.max(1, remaining.getSeconds() + (remaining.getNano() > 0 ? 1 : 0));
		return (seconds + 59) / 60;
	}
}
