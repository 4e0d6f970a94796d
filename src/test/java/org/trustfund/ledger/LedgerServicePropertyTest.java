package org.trustfund.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestContextManager;
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
 * jqwik has no Spring extension, so the test asks Spring's TestContextManager for the cached context.
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

	@BeforeProperty
	void spring() throws Exception {
		new TestContextManager(LedgerServicePropertyTest.class).prepareTestInstance(this);
		String run = UUID.randomUUID().toString().substring(0, 8);
		foundation = donors.create(new DonorForm("Property Foundation " + run, DonorKind.FOUNDATION, "", false, "", "",
				""), "test");
		state = donors.all().stream().filter(d -> d.getKind() == DonorKind.MEMBER_STATE && "AT".equals(d.getCountry()))
			.findFirst()
			.orElseGet(() -> donors.create(new DonorForm("Austria", DonorKind.MEMBER_STATE, "AT", false, "", "", ""),
					"test"));
	}

	@Property(tries = 30)
	void invariantsHoldOnTheDatabase(@ForAll("operations") List<LedgerOps.Op> ops) {
		LedgerOps.run(ops, new DatabaseTarget(), "P-" + UUID.randomUUID().toString().substring(0, 8) + "-");
	}

	@Provide
	Arbitrary<List<LedgerOps.Op>> operations() {
		return LedgerOps.sequences(25);
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
