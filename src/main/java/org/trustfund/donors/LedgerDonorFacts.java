package org.trustfund.donors;

import java.math.BigDecimal;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.trustfund.ledger.DonorFacts;

/** Tells the ledger's pages the donors' names and the pledges not yet paid. */
@Component
class LedgerDonorFacts implements DonorFacts {

	private final DonorService donors;
	private final PledgeService pledges;

	LedgerDonorFacts(DonorService donors, PledgeService pledges) {
		this.donors = donors;
		this.pledges = pledges;
	}

	@Override
	public Map<Long, String> donorNames() {
		return donors.names();
	}

	@Override
	public Map<String, BigDecimal> unpaidPledgesByCurrency() {
		return pledges.unpaidByCurrency();
	}
}
