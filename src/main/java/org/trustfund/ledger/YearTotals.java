package org.trustfund.ledger;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface YearTotals extends Repository<YearTotal, YearTotal.Key> {

	Optional<YearTotal> findById(YearTotal.Key key);

	YearTotal save(YearTotal total);

	List<YearTotal> findAll();
}
