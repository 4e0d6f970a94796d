package org.trustfund.donors;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Pledges extends JpaRepository<Pledge, Long> {

	List<Pledge> findByDonorIdOrderByExpectedOnDesc(Long donorId);

	List<Pledge> findAllByOrderByExpectedOnDesc();

	java.util.Optional<Pledge> findByImportedRef(String importedRef);

	@Query("select p.currency as currency, sum(p.amount - p.paidAmount) as total from Pledge p "
			+ "where p.status in :statuses and p.amount > p.paidAmount group by p.currency order by p.currency")
	List<CurrencySum> unpaidByCurrency(Collection<PledgeStatus> statuses);

	interface CurrencySum {
		String getCurrency();

		BigDecimal getTotal();
	}
}
