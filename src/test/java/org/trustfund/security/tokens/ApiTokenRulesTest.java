package org.trustfund.security.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The token's own rules, without a database: expiry, revocation, last-used interval, secrets. */
class ApiTokenRulesTest {

	private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

	private final ApiToken token = new ApiToken("u", "n", "tfg_abcd", "hash", T0, T0.plus(Duration.ofDays(30)));

	@Test
	void usableUntilItExpires() {
		assertThat(token.isUsableAt(T0)).isTrue();
		assertThat(token.isUsableAt(T0.plus(Duration.ofDays(30)).minusMillis(1))).isTrue();
		assertThat(token.isUsableAt(T0.plus(Duration.ofDays(30)))).isFalse();
		assertThat(token.getStatus(T0.plus(Duration.ofDays(31)))).isEqualTo("expired");
	}

	@Test
	void revokedOnceForGood() {
		token.revoke("owner", T0.plusSeconds(10));
		token.revoke("admin", T0.plusSeconds(20));
		assertThat(token.isUsableAt(T0.plusSeconds(30))).isFalse();
		assertThat(token.getRevokedBy()).isEqualTo("owner");
		assertThat(token.getRevokedAt()).isEqualTo(T0.plusSeconds(10));
		assertThat(token.getStatus(T0.plusSeconds(30))).isEqualTo("revoked");
	}

	@Test
	void neverUsedMeansStale() {
		assertThat(token.lastUsedIsStaleAt(T0)).isTrue();
	}

	@Test
	void mustExpireAfterCreation() {
		assertThatThrownBy(() -> new ApiToken("u", "n", "p", "h", T0, T0)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void secretsAreLongRandomAndHashedWithSha256() {
		String a = TokenSecrets.newToken();
		String b = TokenSecrets.newToken();
		assertThat(a).startsWith("tfg_").hasSize(47).isNotEqualTo(b).matches("tfg_[A-Za-z0-9_-]{43}");
		assertThat(TokenSecrets.shown(a)).isEqualTo(a.substring(0, 8));
		// SHA-256 of "abc" (FIPS 180-2 test vector).
		assertThat(TokenSecrets.hash("abc"))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}
}
