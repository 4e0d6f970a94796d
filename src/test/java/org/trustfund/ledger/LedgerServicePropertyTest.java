package org.trustfund.ledger;

import org.trustfund.shared.Money;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.trustfund.IntegrationTest;
import org.trustfund.donors.ContributionForm;
import org.trustfund.donors.ContributionService;
import org.trustfund.donors.Donor;
import org.trustfund.donors.DonorForm;
import org.trustfund.donors.DonorKind;
import org.trustfund.donors.DonorService;

/**
 * The same invariants as {@link LedgerInvariantPropertyTest}, through the real services on the database:
 * the running totals (fund and per year) must equal the sum of the stored entries after every operation.
 * QuickTheories runs inside an ordinary JUnit test, so the cached Spring context is reused; the seed is
 * fixed, and a failing sequence is shrunk (a bounded number of times, each one a run on the database).
 */
@IntegrationTest
class LedgerServicePropertyTest {

	@Autowired
	FundLedger ledger;
	@Autowired
	LedgerReports reports;
	@Autowired
	ContributionService contributions;
	@Autowired
	DonorService donors;

	Donor state;
	Donor foundation;

	@BeforeEach
	void createDonors() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		foundation = donors.create(new DonorForm("Property Foundation " + run, DonorKind.FOUNDATION, "", false, "", "",
				""), "test");
		state = donors.all().stream().filter(d -> d.getKind() == DonorKind.MEMBER_STATE && "AT".equals(d.getCountry()))
			.findFirst()
			.orElseGet(() -> donors.create(new DonorForm("Austria", DonorKind.MEMBER_STATE, "AT", false, "", "", ""),
					"test"));
	}

	@Test
	void invariantsHoldOnTheDatabase() {
		qt().withExamples(30)
			.withFixedSeed(20_260_002L)
			.withShrinkCycles(200)
			.forAll(LedgerOps.sequences(25))
			.checkAssert(ops -> LedgerOps.run(ops, new DatabaseTarget(),
					"P-" + UUID.randomUUID().toString().substring(0, 8) + "-"));
	}

	private class DatabaseTarget implements LedgerOps.Target {

		@Override
		public long receive(Money amount, boolean memberState) {
			return contributions.record(new ContributionForm((memberState ? state : foundation).getId(), null,
					LocalDate.now(), amount.amount(), "USD", amount.amount(), "PROP-" + UUID.randomUUID(), false, null),
					"test").getLedgerEntryId();
		}

		@Override
		public long commit(String grant, Money amount) {
			return ledger.commit(grant, amount, "property test award");
		}

		@Override
		public long release(String grant, Money amount) {
			return ledger.release(grant, amount, "property test release");
		}

		@Override
		public long disburse(String grant, Money amount, String ref) {
			return ledger.disburse(grant, amount, ref, LocalDate.now());
		}

		@Override
		public long refund(String grant, Money amount, String ref) {
			return ledger.refund(grant, amount, ref, LocalDate.now());
		}

		@Override
		public long reserve(Money level) {
			return ledger.setOperatingReserve(level, "property test reserve");
		}

		@Override
		public long correct(long entryId) {
			return ledger.correct(entryId, "property test correction");
		}

		@Override
		public FundTotals totals() {
			return ledger.balances();
		}

		@Override
		public FundTotals sumOfEntries() {
			Reconciliation r = reports.reconcile();
			if (!r.matches()) {
				throw new AssertionError("Reconciliation failed: " + r);
			}
			return r.sumOfEntries();
		}

		@Override
		public LedgerOps.Effect effect(long entryId) {
			LedgerEntry e = reports.entry(entryId);
			return new LedgerOps.Effect(e.getBucket(), e.getAmount(), e.getType() == EntryType.CORRECTION);
		}
	}
}
