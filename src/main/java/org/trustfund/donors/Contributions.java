package org.trustfund.donors;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Contributions extends JpaRepository<Contribution, Long> {

	List<Contribution> findByDonorIdOrderByReceivedOnDescIdDesc(Long donorId);

	List<Contribution> findByPledgeIdOrderByReceivedOnDescIdDesc(Long pledgeId);

	List<Contribution> findTop200ByOrderByReceivedOnDescIdDesc();

	boolean existsByBankReferenceIgnoreCase(String bankReference);

	java.util.Optional<Contribution> findByImportedRef(String importedRef);

	java.util.Optional<Contribution> findTopByImportedRefIsNotNullAndRecordedAtGreaterThanEqualOrderByIdDesc(
			java.time.Instant since);

	@Query("select coalesce(sum(c.creditedUsd), 0) from Contribution c where c.donorId = :donorId and c.reversed = false")
	BigDecimal paidUsd(Long donorId);
}
