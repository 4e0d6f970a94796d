package org.trustfund.ledger;

import org.trustfund.shared.Money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.trustfund.shared.ConflictException;
import org.trustfund.shared.ValidationException;

/**
 * Random sequences of ledger operations and the invariants checked after each one, shared by the
 * in-memory and the database property tests.
 */
final class LedgerOps {

	private LedgerOps() {
	}

	/** Where the operations run: the rules in memory, or the real service on the database. */
	interface Target {
		long receive(Money amount, boolean memberState);

		long commit(String grant, Money amount);

		long release(String grant, Money amount);

		long disburse(String grant, Money amount, String ref);

		long refund(String grant, Money amount, String ref);

		long reserve(Money level);

		long correct(long entryId);

		FundTotals totals();

		FundTotals sumOfEntries();

		/** The bucket and signed amount of an entry. */
		Effect effect(long entryId);
	}

	record Effect(Bucket bucket, BigDecimal amount, boolean correction) {
	}

	sealed interface Op {
	}

	record Receive(long cents, boolean memberState) implements Op {
	}

	record Commit(int grant, long cents) implements Op {
	}

	record Release(int grant, long cents) implements Op {
	}

	record Disburse(int grant, long cents) implements Op {
	}

	record Refund(int grant, long cents) implements Op {
	}

	record Reserve(long cents) implements Op {
	}

	/** Correct any entry posted earlier in the sequence: may be refused, never breaks an invariant. */
	record Correct(int pick) implements Op {
	}

	/** Correct the entry the previous operation posted: must succeed and restore the totals before it. */
	record CorrectLast() implements Op {
	}

	/**
	 * Sequences of 0 to {@code maxSize} operations, mostly receipts, awards and payments. QuickTheories
	 * tries the empty and the longest sequence first, then random ones; a failing sequence shrinks towards
	 * fewer operations, smaller amounts and (first in the list) receipts.
	 */
	static Gen<List<Op>> sequences(int maxSize) {
		// Amounts at the edges (a single cent, the largest amount) are mixed in, not left to chance.
		Gen<Long> cents = longs().between(1, 2_000_000).mix(Generate.pick(List.of(1L, 2L, 1_999_999L, 2_000_000L)), 10);
		Gen<Long> level = longs().between(0, 2_000_000).mix(Generate.pick(List.of(0L, 1L, 2_000_000L)), 10);
		Gen<Integer> grant = integers().between(0, 3);
		Gen<Op> op = Generate.frequency(List.of(
				Pair.of(4, cents.zip(booleans().all(), Receive::new)),
				Pair.of(4, grant.zip(cents, Commit::new)),
				Pair.of(2, grant.zip(cents, Release::new)),
				Pair.of(3, grant.zip(cents, Disburse::new)),
				Pair.of(2, grant.zip(cents, Refund::new)),
				Pair.of(1, level.map(Reserve::new)),
				Pair.of(2, integers().between(0, 1000).map(Correct::new)),
				Pair.of(2, Generate.constant((Op) new CorrectLast()))));
		return lists().of(op).ofSizeBetween(0, maxSize);
	}

	/** Runs the sequence, checking the invariants after every operation. */
	static void run(List<Op> ops, Target target, String grantPrefix) {
		List<Long> posted = new ArrayList<>();
		Long last = null;
		int refs = 0;
		check(target);
		for (Op op : ops) {
			FundTotals before = target.totals();
			Long entry = null;
			try {
				entry = apply(op, target, grantPrefix, posted, last, before, refs++);
			}
			catch (ConflictException | ValidationException refused) {
				assertThat(target.totals().sameAs(before)).as("a refused %s changes nothing", op).isTrue();
			}
			check(target);
			boolean correction = op instanceof Correct || op instanceof CorrectLast;
			last = entry == null || correction ? null : entry;
			if (entry != null) {
				posted.add(entry);
			}
		}
	}

	private static Long apply(Op op, Target target, String grants, List<Long> posted, Long last, FundTotals before,
			int ref) {
		if (op instanceof Receive r) {
			return target.receive(cents(r.cents()), r.memberState());
		}
		if (op instanceof Commit c) {
			return target.commit(grants + c.grant(), cents(c.cents()));
		}
		if (op instanceof Release r) {
			return target.release(grants + r.grant(), cents(r.cents()));
		}
		if (op instanceof Disburse d) {
			return target.disburse(grants + d.grant(), cents(d.cents()), "PAY-" + ref);
		}
		if (op instanceof Refund r) {
			return target.refund(grants + r.grant(), cents(r.cents()), "REF-" + ref);
		}
		if (op instanceof Reserve r) {
			return target.reserve(cents(r.cents()));
		}
		if (op instanceof Correct c) {
			return posted.isEmpty() ? null : correctAndCheck(target, posted.get(c.pick() % posted.size()), before);
		}
		return last == null ? null : undo(target, last, before);
	}

	private static long correctAndCheck(Target target, long entryId, FundTotals before) {
		Effect original = target.effect(entryId);
		long id = target.correct(entryId);
		assertThat(target.totals().sameAs(before.plus(original.bucket(), original.amount().negate())))
			.as("correcting entry %d takes exactly its amount back", entryId).isTrue();
		return id;
	}

	private static long undo(Target target, long lastEntry, FundTotals beforeUndo) {
		Effect original = target.effect(lastEntry);
		FundTotals beforeLast = beforeUndo.plus(original.bucket(), original.amount().negate());
		long id;
		try {
			id = target.correct(lastEntry);
		}
		catch (ConflictException | ValidationException e) {
			return fail("Correcting the entry just posted must always be possible, but: " + e.getMessage());
		}
		assertThat(target.totals().sameAs(beforeLast)).as("a correction restores the balance before the entry")
			.isTrue();
		return id;
	}

	static void check(Target target) {
		FundTotals totals = target.totals();
		assertThat(totals.available()).as("available balance").isGreaterThanOrEqualTo(BigDecimal.ZERO);
		for (Bucket b : Bucket.values()) {
			assertThat(totals.get(b)).as(b.name()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
		}
		assertThat(totals.sameAs(target.sumOfEntries())).as("running totals %s equal the sum of entries %s", totals,
				target.sumOfEntries()).isTrue();
	}

	static Money cents(long cents) {
		return Money.of(BigDecimal.valueOf(cents, 2));
	}
}
