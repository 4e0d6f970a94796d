package org.trustfund.calls;

import org.springframework.modulith.NamedInterface;
import java.math.BigDecimal;

/**
 * The money available for new grants (contributions paid - grants committed + refunds - operating
 * reserve), in USD with scale 2. The fund ledger provides it; the recommendation never funds beyond it.
 */
@NamedInterface("api")
public interface AvailableFunds {

	BigDecimal availableForNewGrants();
}
