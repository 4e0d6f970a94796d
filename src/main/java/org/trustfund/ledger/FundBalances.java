package org.trustfund.ledger;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.Repository;

interface FundBalances extends Repository<FundBalance, Integer> {

	/** select ... for update: every posting takes this lock first, so postings run one after another. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "30000"))
	@Query("select f from FundBalance f where f.id = " + FundBalance.THE_FUND)
	FundBalance lockTheFund();

	Optional<FundBalance> findById(Integer id);
}
