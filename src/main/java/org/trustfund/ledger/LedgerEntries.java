package org.trustfund.ledger;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The ledger's entries: append and read only; there is deliberately no update nor delete. */
interface LedgerEntries extends Repository<LedgerEntry, Long>, JpaSpecificationExecutor<LedgerEntry> {

	LedgerEntry save(LedgerEntry entry);

	Optional<LedgerEntry> findById(Long id);

	/** A query string, not a derived query: Hibernate caches its plan, which it rebuilds for each derived (criteria) query; a history import calls it once per row. */
	@Query("select count(e) > 0 from LedgerEntry e where e.idempotencyKey = ?1")
	boolean existsByIdempotencyKey(String idempotencyKey);

	boolean existsByCorrectsEntryId(Long correctsEntryId);

	Optional<LedgerEntry> findByCorrectsEntryId(Long correctsEntryId);

	@Query("select e.bucket as bucket, sum(e.amount) as total from LedgerEntry e where e.grantRef = :grantRef group by e.bucket")
	List<BucketSum> sumsForGrant(String grantRef);

	@Query("select e.bucket as bucket, sum(e.amount) as total from LedgerEntry e group by e.bucket")
	List<BucketSum> sumsByBucket();

	@Query("select coalesce(max(e.id), 0) from LedgerEntry e where e.type in :types")
	long lastOfType(java.util.Collection<EntryType> types);

	@Query("select max(e.valueDate) from LedgerEntry e where e.type = :type")
	java.time.LocalDate lastValueDate(@org.springframework.data.repository.query.Param("type") EntryType type);

	@Query("select count(e) from LedgerEntry e")
	long countAll();

	interface BucketSum {
		Bucket getBucket();

		BigDecimal getTotal();
	}
}
