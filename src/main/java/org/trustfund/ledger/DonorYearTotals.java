package org.trustfund.ledger;

import java.util.Optional;
import org.springframework.data.repository.Repository;

interface DonorYearTotals extends Repository<DonorYearTotal, DonorYearTotal.Key> {

	Optional<DonorYearTotal> findById(DonorYearTotal.Key key);

	DonorYearTotal save(DonorYearTotal total);
}
