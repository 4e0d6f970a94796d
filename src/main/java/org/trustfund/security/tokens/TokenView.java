package org.trustfund.security.tokens;

import java.time.Instant;

/**
 * A token as lists and the API show it: never the secret nor its hash.
 *
 * @param prefix the token's first eight characters ({@code tfg_} and four of the secret)
 * @param status {@code active}, {@code expired} or {@code revoked}
 */
record TokenView(Long id, String username, String name, String prefix, String status, Instant createdAt,
		Instant expiresAt, Instant lastUsedAt, Instant revokedAt, String revokedBy) {

	static TokenView of(ApiToken t, Instant now) {
		return new TokenView(t.getId(), t.getUsername(), t.getName(), t.getPrefix(), t.getStatus(now),
				t.getCreatedAt(), t.getExpiresAt(), t.getLastUsedAt(), t.getRevokedAt(), t.getRevokedBy());
	}

	/**
	 * A token just created, with its secret: the one and only time the secret leaves the service.
	 *
	 * @param token the secret to send as {@code Authorization: Bearer <token>}
	 */
	record Created(TokenView details, String token) {
	}
}
