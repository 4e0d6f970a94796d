package org.trustfund.ledger;

import java.math.BigDecimal;
import java.util.Map;
import org.springframework.modulith.NamedInterface;

/**
 * What the ledger's pages need to know about donors, provided by the donors feature (which depends on
 * the ledger, not the other way round).
 */
@NamedInterface("spi")
public interface DonorFacts {

	/** Donor names by id, for filters and entry lists. */
	Map<Long, String> donorNames();

	/** Pledged but not yet paid, by ISO currency code: pledges are in the donor's currency. */
	Map<String, BigDecimal> unpaidPledgesByCurrency();
}
