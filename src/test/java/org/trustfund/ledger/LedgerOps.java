package org.trustfund.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.trustfund.web.ConflictException;
import org.trustfund.web.ValidationException;

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

	static Arbitrary<List<Op>> sequences(int maxSize) {
		Arbitrary<Long> cents = Arbitraries.longs().between(1, 2_000_000).edgeCases(c -> c.add(1L));
		Arbitrary<Integer> grant = Arbitraries.integers().between(0, 3);
		Arbitrary<Op> op = Arbitraries.frequencyOf(
				net.jqwik.api.Tuple.of(4, Combinators.combine(cents, Arbitraries.of(true, false)).as(Receive::new)),
				net.jqwik.api.Tuple.of(4, Combinators.combine(grant, cents).as(Commit::new)),
				net.jqwik.api.Tuple.of(2, Combinators.combine(grant, cents).as(Release::new)),
				net.jqwik.api.Tuple.of(3, Combinators.combine(grant, cents).as(Disburse::new)),
				net.jqwik.api.Tuple.of(2, Combinators.combine(grant, cents).as(Refund::new)),
				net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(0, 2_000_000).map(Reserve::new)),
				net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0, 1000).map(Correct::new)),
				net.jqwik.api.Tuple.of(2, Arbitraries.just(new CorrectLast())));
		return op.list().ofMaxSize(maxSize);
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
