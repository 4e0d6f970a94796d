package org.trustfund.ledger;

import java.util.Optional;
import org.springframework.data.repository.Repository;

/**
 * The fund's totals row. Postings lock it with {@code select ... for update} through the entity manager
 * ({@code FundLedger#lockTheFund}), so postings run one after another.
 */
interface FundBalances extends Repository<FundBalance, Integer> {

	Optional<FundBalance> findById(Integer id);
}
