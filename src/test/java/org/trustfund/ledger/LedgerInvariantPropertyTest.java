package org.trustfund.ledger;

import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

/**
 * The money invariants over random sequences of operations, on the rules in memory (fast, many tries):
 * the available balance never goes negative, the totals always equal the sum of the entries, and a
 * correction takes back exactly its entry (the one just posted: the balance before it).
 * <p>
 * QuickTheories with a fixed seed, so every run checks the same 1000 sequences of up to 60 operations; a
 * failure names the seed and the smallest failing sequence it shrank to.
 */
class LedgerInvariantPropertyTest {

	@Test
	void invariantsHoldAfterEveryOperation() {
		qt().withExamples(1000)
			.withFixedSeed(20_260_001L)
			.withShrinkCycles(5_000)
			.forAll(LedgerOps.sequences(60))
			.checkAssert(ops -> LedgerOps.run(ops, new InMemoryLedger(), "G-"));
	}
}
