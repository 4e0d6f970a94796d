package org.trustfund.calls;

import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/**
 * Tests only: the balance available for new grants, until the fund ledger provides {@link AvailableFunds}.
 * Tests set it; each test that depends on it sets it first.
 */
@Component
public class TestAvailableFunds implements AvailableFunds {

	private volatile BigDecimal available = new BigDecimal("1000000.00");

	@Override
	public BigDecimal availableForNewGrants() {
		return available;
	}

	public void set(BigDecimal amount) {
		this.available = amount;
	}
}
