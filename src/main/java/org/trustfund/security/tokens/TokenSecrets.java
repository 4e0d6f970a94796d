package org.trustfund.security.tokens;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secrets of API tokens: {@code tfg_} followed by 32 random bytes from {@link SecureRandom}, base64url
 * without padding (47 characters in all, 256 bits of entropy). Stored as the SHA-256 of the whole token,
 * which is enough for a random 256-bit secret (no dictionary to guess from, so no slow hash like BCrypt is
 * needed, and the lookup by hash makes a constant-time comparison moot: the presented secret is never compared
 * with a stored one byte by byte, only its hash is looked up in an index).
 */
final class TokenSecrets {

	static final String PREFIX = "tfg_";

	/** Characters shown in lists: "tfg_" and the first four of the secret (24 of its 256 bits). */
	static final int SHOWN = PREFIX.length() + 4;

	private static final SecureRandom RANDOM = new SecureRandom();

	private TokenSecrets() {
	}

	/** @return a new token, e.g. {@code tfg_3q2-7wEv...} (47 characters) */
	static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** @return the lower-case hex SHA-256 of the token's UTF-8 bytes (64 characters) */
	static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}

	/** @return the non-secret part shown in lists: the first {@link #SHOWN} characters */
	static String shown(String token) {
		return token.substring(0, SHOWN);
	}
}
