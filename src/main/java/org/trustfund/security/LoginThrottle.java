package org.trustfund.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts failed log-ins per account and per client address in the table {@code login_failure}, so that
 * every node on the same database sees the same counts. The rule: when the last {@code max} failures of an
 * account (or address) all fall within {@code window} of the latest one, log-ins for it are refused until
 * {@code lockout} after that latest failure. Log-ins refused during a lockout are not counted (they check no
 * password), so a lockout is never extended by waiting clients; a successful log-in deletes the account's
 * failures (not the address's: one good account must not clear an address that tried many others).
 * Unknown usernames are counted like known ones, so the answers tell nobody which accounts exist.
 * <p>
 * Each statement commits on its own (no transaction): a failure must stay recorded whatever happens next,
 * and nothing here needs two statements to agree.
 */
@Component
class LoginThrottle {

	/** Longest stored username and address; longer input is cut (no real account has a longer name). */
	private static final int USERNAME_LENGTH = 100;
	private static final int ADDRESS_LENGTH = 64;

	private final JdbcTemplate jdbc;
	private final LoginSettings settings;
	private final Clock clock;

	LoginThrottle(JdbcTemplate jdbc, LoginSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * @param username as typed at the log-in (may be unknown or empty)
	 * @param address the client's address ({@code request.getRemoteAddr()})
	 * @return how long log-ins for this account or from this address are still refused; empty if they may try
	 */
	public Optional<Duration> lockedFor(String username, String address) {
		Instant now = clock.instant();
		Optional<Duration> account = lockedFor("username", cut(username, USERNAME_LENGTH), settings.maxFailures(), now);
		Optional<Duration> client = lockedFor("address", cut(address, ADDRESS_LENGTH), settings.maxFailuresPerAddress(), now);
		if (account.isPresent() && client.isPresent()) {
			return Optional.of(account.get().compareTo(client.get()) >= 0 ? account.get() : client.get());
		}
		return account.isPresent() ? account : client;
	}

	/**
	 * Records a wrong password (or unknown username) and forgets failures too old to matter.
	 *
	 * @return the lockout this failure started or continues, as {@link #lockedFor(String, String)}
	 */
	public Optional<Duration> recordFailure(String username, String address) {
		Instant now = clock.instant();
		jdbc.update("delete from login_failure where failed_at < ?", at(now.minus(horizon())));
		jdbc.update("insert into login_failure (username, address, failed_at) values (?, ?, ?)",
				cut(username, USERNAME_LENGTH), cut(address, ADDRESS_LENGTH), at(now));
		return lockedFor(username, address);
	}

	/** Forgets the account's failures after a successful log-in. */
	public void recordSuccess(String username) {
		jdbc.update("delete from login_failure where username = ?", cut(username, USERNAME_LENGTH));
	}

	private Optional<Duration> lockedFor(String column, String value, int max, Instant now) {
		// Only the column name is concatenated, and it is one of two constants.
		List<Instant> latest = jdbc.query("select failed_at from login_failure where " + column
				+ " = ? and failed_at > ? order by failed_at desc limit ?",
				(rs, row) -> rs.getObject(1, OffsetDateTime.class).toInstant(), value, at(now.minus(horizon())), max);
		if (latest.size() < max) {
			return Optional.empty();
		}
		Instant newest = latest.get(0);
		Instant oldest = latest.get(max - 1);
		if (Duration.between(oldest, newest).compareTo(settings.window()) > 0) {
			return Optional.empty();
		}
		Duration remaining = Duration.between(now, newest.plus(settings.lockout()));
		return remaining.isNegative() || remaining.isZero() ? Optional.empty() : Optional.of(remaining);
	}

	/** Failures older than this can start no lockout that still runs. */
	private Duration horizon() {
		return settings.window().plus(settings.lockout());
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static String cut(String value, int length) {
		String text = value == null ? "" : value;
		return text.length() <= length ? text : text.substring(0, length);
	}
}
