package org.trustfund.security.tokens;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trustfund.shared.NotFoundException;
import org.trustfund.security.AppUser;
import org.trustfund.security.tokens.TokenView.Created;
import org.trustfund.users.Role;
import org.trustfund.shared.ValidationException;

/**
 * Creates, lists, revokes and checks personal API tokens. Owners act on their own tokens only (another
 * user's token is "not found"); administrators on any. The longest validity is
 * {@code trustfund.security.api-tokens.max-validity} (default {@code P365D}).
 */
@Service
public class ApiTokenService {

	/** Validity of a token when the caller chooses none, in days (capped at the maximum). */
	static final int DEFAULT_DAYS = 90;

	private static final int MAX_NAME = 100;

	private final ApiTokens tokens;
	private final JdbcTemplate jdbc;
	private final Clock clock;
	private final int maxDays;

	ApiTokenService(ApiTokens tokens, JdbcTemplate jdbc, Clock clock,
			@Value("${trustfund.security.api-tokens.max-validity:P365D}") Duration maxValidity) {
		this.tokens = tokens;
		this.jdbc = jdbc;
		this.clock = clock;
		this.maxDays = (int) Math.max(1, maxValidity.toDays());
	}

	/**
	 * The owner of a presented token, as a login loads them, if the token is known, neither revoked nor
	 * expired. One read, without a transaction: the token by its hash with its owner and the owner's roles
	 * (one indexed join, no JPA); at most once a minute ({@link ApiToken#LAST_USED_PRECISION}) one more
	 * statement writes the last-used date, a conditional update that any number of nodes may run at once.
	 *
	 * @param presented the text after {@code Bearer }, as the client sent it
	 * @return the owner (possibly disabled: the caller checks), or empty for an unknown, revoked or expired
	 *         token or a deleted owner
	 */
	public Optional<AppUser> authenticate(String presented) {
		Instant now = clock.instant();
		List<Checked> rows = jdbc.query("select t.id, t.expires_at, t.revoked_at, t.last_used_at, u.username, "
				+ "u.display_name, u.password_hash, u.enabled, u.organisation_id, r.role from api_token t "
				+ "join app_user u on u.username = t.username left join app_user_role r on r.username = u.username "
				+ "where t.secret_hash = ?", (rs, n) -> new Checked(rs.getLong(1), instant(rs, 2), instant(rs, 3),
						instant(rs, 4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getBoolean(8),
						(Long) rs.getObject(9, Long.class), rs.getString(10)), TokenSecrets.hash(presented));
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		Checked token = rows.get(0);
		if (token.revokedAt() != null || !now.isBefore(token.expiresAt())) {
			return Optional.empty();
		}
		if (token.lastUsedAt() == null || token.lastUsedAt().isBefore(now.minus(ApiToken.LAST_USED_PRECISION))) {
			jdbc.update("update api_token set last_used_at = ? where id = ? and (last_used_at is null or last_used_at < ?)",
					time(now), token.id(), time(now.minus(ApiToken.LAST_USED_PRECISION)));
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		rows.stream().map(Checked::role).filter(r -> r != null).map(Role::valueOf).forEach(roles::add);
		return Optional.of(AppUser.of(token.username(), token.displayName(), token.passwordHash(), token.enabled(),
				token.organisationId(), roles));
	}

	/** One row of the token check: the token, its owner, one of the owner's roles (null for none). */
	private record Checked(long id, Instant expiresAt, Instant revokedAt, Instant lastUsedAt, String username,
			String displayName, String passwordHash, boolean enabled, Long organisationId, String role) {
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	private static OffsetDateTime time(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/**
	 * Creates a token for {@code username}.
	 *
	 * @param days validity in days, 1 to the maximum; null for {@value #DEFAULT_DAYS} (or the maximum if smaller)
	 * @return the token's details and its secret, which is not stored and cannot be shown again
	 * @throws ValidationException on a blank or over-long name ({@code name}) or a validity out of range
	 *         ({@code validityDays})
	 */
	@Transactional
	Created create(String username, String name, Integer days) {
		String trimmed = name == null ? "" : name.strip();
		if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
			throw ValidationException.keyed("name", "error.token.name", "A token needs a name of 1 to " + MAX_NAME + " characters",
					String.valueOf(MAX_NAME));
		}
		int validity = days == null ? Math.min(DEFAULT_DAYS, maxDays) : days;
		if (validity < 1 || validity > maxDays) {
			throw ValidationException.keyed("validityDays", "error.token.validity", "A token is valid for 1 to " + maxDays + " days",
					String.valueOf(maxDays));
		}
		String secret = TokenSecrets.newToken();
		Instant now = clock.instant();
		ApiToken token = tokens.save(new ApiToken(username, trimmed, TokenSecrets.shown(secret),
				TokenSecrets.hash(secret), now, now.plus(Duration.ofDays(validity))));
		return new Created(TokenView.of(token, now), secret);
	}

	/** @return the user's tokens, newest first, revoked and expired ones included */
	@Transactional(readOnly = true)
	List<TokenView> of(String username) {
		Instant now = clock.instant();
		return tokens.findByUsernameOrderByCreatedAtDescIdDesc(username).stream().map(t -> TokenView.of(t, now)).toList();
	}

	/** @return every user's tokens, or one user's if {@code username} is not blank; newest first */
	@Transactional(readOnly = true)
	List<TokenView> all(String username) {
		if (username != null && !username.isBlank()) {
			return of(username.strip());
		}
		Instant now = clock.instant();
		return tokens.findAllByOrderByCreatedAtDescIdDesc().stream().map(t -> TokenView.of(t, now)).toList();
	}

	/**
	 * Revokes one of the owner's tokens (again: no change).
	 *
	 * @throws NotFoundException if no token of {@code owner} has this id
	 */
	@Transactional
	TokenView revokeOwn(String owner, long id) {
		ApiToken token = tokens.findById(id).filter(t -> t.getUsername().equals(owner))
			.orElseThrow(() -> NotFoundException.keyed("notFound.token", "No token " + id, String.valueOf(id)));
		return revoke(token, owner);
	}

	/**
	 * Revokes any user's token, as an administrator.
	 *
	 * @throws NotFoundException if no token has this id
	 */
	@Transactional
	TokenView revokeAny(long id, String administrator) {
		return revoke(tokens.findById(id).orElseThrow(() -> NotFoundException.keyed("notFound.token", "No token " + id, String.valueOf(id))), administrator);
	}

	/** @return the validities offered on the profile page: 30, 90 and 365 days up to the maximum, or the maximum */
	List<Integer> validityChoices() {
		List<Integer> choices = Stream.of(30, DEFAULT_DAYS, 365).filter(d -> d <= maxDays).toList();
		return choices.isEmpty() ? List.of(maxDays) : choices;
	}

	int defaultDays() {
		return Math.min(DEFAULT_DAYS, maxDays);
	}

	private TokenView revoke(ApiToken token, String by) {
		Instant now = clock.instant();
		token.revoke(by, now);
		return TokenView.of(token, now);
	}
}
