package org.trustfund.ledger;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The money invariants over random sequences of operations, on the rules in memory (fast, many tries):
 * the available balance never goes negative, the totals always equal the sum of the entries, and a
 * correction takes back exactly its entry (the one just posted: the balance before it).
 */
class LedgerInvariantPropertyTest {

	@Property(tries = 1000)
	void invariantsHoldAfterEveryOperation(@ForAll("operations") List<LedgerOps.Op> ops) {
		LedgerOps.run(ops, new InMemoryLedger(), "G-");
	}

	@Provide
	Arbitrary<List<LedgerOps.Op>> operations() {
		return LedgerOps.sequences(60);
	}
}
