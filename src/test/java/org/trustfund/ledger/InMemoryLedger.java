package org.trustfund.ledger;

import org.trustfund.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.trustfund.shared.ConflictException;

/** The ledger's rules over a list in memory, the way {@link FundLedger} applies them to the database. */
class InMemoryLedger implements LedgerOps.Target {

	private static final LocalDate TODAY = LocalDate.of(2016, 7, 1);

	private final List<LedgerEntry> entries = new ArrayList<>();
	private final Set<Long> corrected = new HashSet<>();
	private final Set<String> keys = new HashSet<>();
	private FundTotals totals = FundTotals.ZERO;

	@Override
	public long receive(Money amount, boolean memberState) {
		return append(Posting.of(EntryType.CONTRIBUTION_RECEIVED, amount.amount(), TODAY, "in"), null);
	}

	@Override
	public long commit(String grant, Money amount) {
		LedgerRules.commit(totals, grant, LedgerRules.positive("amount", amount));
		return append(Posting.of(EntryType.GRANT_COMMITTED, amount.amount(), TODAY, "award").grant(grant), position(grant));
	}

	@Override
	public long release(String grant, Money amount) {
		GrantPosition p = position(grant);
		LedgerRules.release(p, LedgerRules.positive("amount", amount));
		return append(Posting.of(EntryType.COMMITMENT_RELEASED, amount.negated(), TODAY, "declined").grant(grant), p);
	}

	@Override
	public long disburse(String grant, Money amount, String ref) {
		once("disbursement:" + grant + ":" + ref);
		GrantPosition p = position(grant);
		LedgerRules.disburse(p, LedgerRules.positive("amount", amount));
		return append(Posting.of(EntryType.DISBURSEMENT_PAID, amount.amount(), TODAY, "paid").grant(grant), p);
	}

	@Override
	public long refund(String grant, Money amount, String ref) {
		once("refund:" + grant + ":" + ref);
		GrantPosition p = position(grant);
		LedgerRules.refund(p, LedgerRules.positive("amount", amount));
		return append(Posting.of(EntryType.REFUND_RECEIVED, amount.amount(), TODAY, "refund").grant(grant), p);
	}

	@Override
	public long reserve(Money level) {
		BigDecimal change = LedgerRules.reserveChange(totals, level);
		return append(Posting.of(EntryType.OPERATING_RESERVE_SET, change, TODAY, "reserve"), null);
	}

	@Override
	public long correct(long entryId) {
		LedgerEntry original = entries.get((int) entryId);
		Posting reversal = Posting.reversing(original, "correction");
		GrantPosition p = original.getGrantRef() == null ? null : position(original.getGrantRef());
		LedgerRules.correction(original, corrected.contains(entryId), totals.plus(reversal.bucket(), reversal.amount()),
				p == null ? null : p.plus(reversal.bucket(), reversal.amount()));
		long id = append(reversal, p);
		corrected.add(entryId);
		return id;
	}

	@Override
	public FundTotals totals() {
		return totals;
	}

	@Override
	public FundTotals sumOfEntries() {
		FundTotals sum = FundTotals.ZERO;
		for (LedgerEntry e : entries) {
			sum = sum.plus(e.getBucket(), e.getAmount());
		}
		return sum;
	}

	@Override
	public LedgerOps.Effect effect(long entryId) {
		LedgerEntry e = entries.get((int) entryId);
		return new LedgerOps.Effect(e.getBucket(), e.getAmount(), e.getType() == EntryType.CORRECTION);
	}

	private void once(String key) {
		if (!keys.add(key)) {
			throw new ConflictException("duplicate " + key);
		}
	}

	private GrantPosition position(String grant) {
		GrantPosition p = GrantPosition.none(grant);
		for (LedgerEntry e : entries) {
			if (grant.equals(e.getGrantRef())) {
				p = p.plus(e.getBucket(), e.getAmount());
			}
		}
		return p;
	}

	private long append(Posting posting, GrantPosition position) {
		LedgerRules.requireConsistent(totals.plus(posting.bucket(), posting.amount()),
				position == null ? null : position.plus(posting.bucket(), posting.amount()));
		entries.add(new LedgerEntry(posting, "test", Instant.EPOCH));
		totals = totals.plus(posting.bucket(), posting.amount());
		return entries.size() - 1;
	}
}
