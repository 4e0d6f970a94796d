package org.trustfund.security.tokens;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The personal API tokens of all users. */
interface ApiTokens extends JpaRepository<ApiToken, Long> {

	/** The token whose secret hashes to {@code secretHash} (hex SHA-256), if any. */
	Optional<ApiToken> findBySecretHash(String secretHash);

	List<ApiToken> findByUsernameOrderByCreatedAtDescIdDesc(String username);

	List<ApiToken> findAllByOrderByCreatedAtDescIdDesc();

	/**
	 * Sets the last-used date to {@code now} unless another call (on any node) already set it after
	 * {@code staleBefore}: at most one write per token and interval.
	 *
	 * @return 1 if written, 0 if not
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update ApiToken t set t.lastUsedAt = :now where t.id = :id "
			+ "and (t.lastUsedAt is null or t.lastUsedAt < :staleBefore)")
	int touch(Long id, Instant now, Instant staleBefore);
}
