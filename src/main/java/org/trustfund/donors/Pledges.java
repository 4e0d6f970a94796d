package org.trustfund.donors;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Pledges extends JpaRepository<Pledge, Long>, org.springframework.data.jpa.repository.JpaSpecificationExecutor<Pledge> {

	List<Pledge> findByDonorIdOrderByExpectedOnDesc(Long donorId);

	List<Pledge> findAllByOrderByExpectedOnDesc();

	/** A query string, not a derived query: Hibernate caches its plan, which it rebuilds for each derived (criteria) query; a history import calls it once per row. */
	@org.springframework.data.jpa.repository.Query("select x from Pledge x where x.importedRef = ?1")
	java.util.Optional<Pledge> findByImportedRef(String importedRef);

	@Query("select p.currency as currency, sum(p.amount - p.paidAmount) as total from Pledge p "
			+ "where p.status in :statuses and p.amount > p.paidAmount group by p.currency order by p.currency")
	List<CurrencySum> unpaidByCurrency(Collection<PledgeStatus> statuses);

	interface CurrencySum {
		String getCurrency();

		BigDecimal getTotal();
	}
}
