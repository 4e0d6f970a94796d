package org.trustfund.donors;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Contributions extends JpaRepository<Contribution, Long>, org.springframework.data.jpa.repository.JpaSpecificationExecutor<Contribution> {

	List<Contribution> findByDonorIdOrderByReceivedOnDescIdDesc(Long donorId);

	List<Contribution> findByPledgeIdOrderByReceivedOnDescIdDesc(Long pledgeId);

	List<Contribution> findTop200ByOrderByReceivedOnDescIdDesc();

	boolean existsByBankReferenceIgnoreCase(String bankReference);

	/** A query string, not a derived query: Hibernate caches its plan, which it rebuilds for each derived (criteria) query; a history import calls it once per row. */
	@org.springframework.data.jpa.repository.Query("select x from Contribution x where x.importedRef = ?1")
	java.util.Optional<Contribution> findByImportedRef(String importedRef);

	java.util.Optional<Contribution> findTopByImportedRefIsNotNullAndRecordedAtGreaterThanEqualOrderByIdDesc(
			java.time.Instant since);

	@Query("select coalesce(sum(c.creditedUsd), 0) from Contribution c where c.donorId = :donorId and c.reversed = false")
	BigDecimal paidUsd(Long donorId);
}
