package org.trustfund.security.tokens;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A personal API token: who owns it, its name, and its life (created, expires, last used, revoked). The
 * secret itself is never stored, only its SHA-256 hash ({@link TokenSecrets}); the prefix is its first eight
 * characters, safe to show.
 */
@Entity
@Table(name = "api_token")
class ApiToken {

	/** The last-used date is written at most once per this interval and token, not on every call. */
	static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String name;

	private String prefix;

	private String secretHash;

	private Instant createdAt;

	private Instant expiresAt;

	private Instant lastUsedAt;

	private Instant revokedAt;

	private String revokedBy;

	protected ApiToken() {
	}

	ApiToken(String username, String name, String prefix, String secretHash, Instant createdAt, Instant expiresAt) {
		if (!expiresAt.isAfter(createdAt)) {
			throw new IllegalArgumentException("A token must expire after it is created");
		}
		this.username = username;
		this.name = name;
		this.prefix = prefix;
		this.secretHash = secretHash;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	/** @return true if the token authenticates at {@code now}: neither revoked nor expired (expiry exclusive) */
	boolean isUsableAt(Instant now) {
		return revokedAt == null && now.isBefore(expiresAt);
	}

	/** @return true if the last-used date is unset or more than {@link #LAST_USED_PRECISION} before {@code now} */
	boolean lastUsedIsStaleAt(Instant now) {
		return lastUsedAt == null || lastUsedAt.isBefore(now.minus(LAST_USED_PRECISION));
	}

	/** Revokes the token; revoking a revoked token keeps the first revocation. */
	void revoke(String by, Instant now) {
		if (revokedAt == null) {
			revokedAt = now;
			revokedBy = by;
		}
	}

	/** @return "active", "expired" or "revoked" at {@code now}, as shown in lists and the API */
	String getStatus(Instant now) {
		return revokedAt != null ? "revoked" : now.isBefore(expiresAt) ? "active" : "expired";
	}

	Long getId() {
		return id;
	}

	String getUsername() {
		return username;
	}

	String getName() {
		return name;
	}

	String getPrefix() {
		return prefix;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	Instant getExpiresAt() {
		return expiresAt;
	}

	Instant getLastUsedAt() {
		return lastUsedAt;
	}

	Instant getRevokedAt() {
		return revokedAt;
	}

	String getRevokedBy() {
		return revokedBy;
	}
}
