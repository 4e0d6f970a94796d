package org.trustfund.calls;

import java.math.BigDecimal;
import org.springframework.stereotype.Component;
import org.trustfund.ledger.FundLedger;

/** The fund ledger's balance available for new grants (never negative), for the recommendation. */
@Component
class LedgerAvailableFunds implements AvailableFunds {

	private final FundLedger ledger;

	LedgerAvailableFunds(FundLedger ledger) {
		this.ledger = ledger;
	}

	@Override
	public BigDecimal availableForNewGrants() {
		return ledger.available().amount();
	}
}
