package org.trustfund.ledger;

import org.trustfund.shared.Money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.trustfund.IntegrationTest;
import org.trustfund.donors.Contribution;
import org.trustfund.donors.ContributionForm;
import org.trustfund.donors.ContributionService;
import org.trustfund.donors.Donor;
import org.trustfund.donors.DonorService;
import org.trustfund.shared.ConflictException;
import org.trustfund.shared.ValidationException;

@IntegrationTest
@RecordApplicationEvents
class FundLedgerTest {

	@Autowired
	ApplicationEvents events;

	@Autowired
	FundLedger ledger;
	@Autowired
	LedgerReports reports;
	@Autowired
	ContributionService contributions;
	@Autowired
	DonorService donors;

	@AfterEach
	void totalsStillEqualTheEntries() {
		assertThat(reports.reconcile().matches()).isTrue();
	}

	@Test
	void aContributionRaisesPaidInAndAvailable() {
		FundTotals before = ledger.balances();
		LedgerTestData.pay(contributions, LedgerTestData.privateDonor(donors), "1234.56");
		assertThat(ledger.balances().paidIn().subtract(before.paidIn())).isEqualByComparingTo("1234.56");
		assertThat(ledger.balances().available().subtract(before.available())).isEqualByComparingTo("1234.56");
	}

	@Test
	void refusesACommitmentWhenTheAvailableBalanceIsShortAndRecordsNothing() {
		Money available = ledger.available();
		long entries = reports.dashboard().entryCount();
		assertThatThrownBy(() -> ledger.commit(LedgerTestData.grant(), available.plus(Money.of("0.01")), "award"))
			.isInstanceOf(InsufficientFundsException.class)
			.hasMessageContaining("only " + available.format() + " is available")
			.satisfies(e -> assertThat(((InsufficientFundsException) e).requested())
				.isEqualTo(available.plus(Money.of("0.01"))));
		assertThat(reports.dashboard().entryCount()).isEqualTo(entries);
	}

	@Test
	void aGrantsLifeCycleMovesTheRightTotals() {
		LedgerTestData.pay(contributions, LedgerTestData.privateDonor(donors), "10000.00");
		String grant = LedgerTestData.grant();
		FundTotals before = ledger.balances();
		ledger.commit(grant, Money.of(6000), "Board award");
		ledger.disburse(grant, Money.of(4000), "BANK-" + grant, LocalDate.now());
		ledger.refund(grant, Money.of(500), "REFUND-" + grant, LocalDate.now());
		ledger.release(grant, Money.of(2000), "Final report: the rest is not needed");
		FundTotals after = ledger.balances();
		assertThat(after.committed().subtract(before.committed())).isEqualByComparingTo("4000");
		assertThat(after.disbursed().subtract(before.disbursed())).isEqualByComparingTo("4000");
		assertThat(after.refunded().subtract(before.refunded())).isEqualByComparingTo("500");
		assertThat(after.available().subtract(before.available())).isEqualByComparingTo("-3500");
	}

	@Test
	void releasedAndRefundedMoneyIsAnnouncedAsReturnedFunds() {
		LedgerTestData.pay(contributions, LedgerTestData.privateDonor(donors), "3000.00");
		String grant = LedgerTestData.grant();
		ledger.commit(grant, Money.of(2000), "Board award");
		ledger.disburse(grant, Money.of(1500), "BANK-" + grant, LocalDate.now());
		long released = ledger.release(grant, Money.of(500), "Grant closed");
		long refunded = ledger.refund(grant, Money.of(200), "REFUND-" + grant, LocalDate.now());
		assertThat(events.stream(FundsReturned.class).filter(e -> e.grantRef().equals(grant)))
			.containsExactly(new FundsReturned(grant, Money.of(500), EntryType.COMMITMENT_RELEASED, released),
					new FundsReturned(grant, Money.of(200), EntryType.REFUND_RECEIVED, refunded));
	}

	@Test
	void aDisbursementWithTheSameBankReferenceIsCountedOnce() {
		LedgerTestData.pay(contributions, LedgerTestData.privateDonor(donors), "1000.00");
		String grant = LedgerTestData.grant();
		ledger.commit(grant, Money.of(800), "award");
		ledger.disburse(grant, Money.of(300), "TRANSFER-1", LocalDate.now());
		assertThatThrownBy(() -> ledger.disburse(grant, Money.of(300), "TRANSFER-1", LocalDate.now()))
			.isInstanceOf(ConflictException.class).hasMessageContaining("TRANSFER-1", LocalDate.now());
	}

	@Test
	void refusesPayingOutMoreThanWasCommitted() {
		LedgerTestData.pay(contributions, LedgerTestData.privateDonor(donors), "1000.00");
		String grant = LedgerTestData.grant();
		ledger.commit(grant, Money.of(100), "award");
		assertThatThrownBy(() -> ledger.disburse(grant, Money.of("100.01"), "X", LocalDate.now())).isInstanceOf(ValidationException.class);
		assertThatThrownBy(() -> ledger.refund(grant, Money.of(1), "Y", LocalDate.now())).isInstanceOf(ValidationException.class);
		assertThatThrownBy(() -> ledger.release(LedgerTestData.grant(), Money.of(1), "nothing committed"))
			.isInstanceOf(ValidationException.class);
	}

	@Test
	void aCorrectionReversesTheEntryOnceAndRestoresTheBalance() {
		LedgerTestData.pay(contributions, LedgerTestData.privateDonor(donors), "500.00");
		FundTotals before = ledger.balances();
		long commitment = ledger.commit(LedgerTestData.grant(), Money.of(200), "award typed twice");
		long correction = ledger.correct(commitment, "duplicate award");
		assertThat(ledger.balances().sameAs(before)).isTrue();
		LedgerEntry entry = reports.entry(correction);
		assertThat(entry.getType()).isEqualTo(EntryType.CORRECTION);
		assertThat(entry.getCorrectsEntryId()).isEqualTo(commitment);
		assertThat(entry.getAmount()).isEqualByComparingTo("-200");
		assertThat(reports.correctedBy(commitment)).isEqualTo(correction);
		assertThatThrownBy(() -> ledger.correct(commitment, "again")).isInstanceOf(ConflictException.class)
			.hasMessageContaining("already corrected");
		assertThatThrownBy(() -> ledger.correct(correction, "undo the undo")).isInstanceOf(ConflictException.class);
	}

	@Test
	void refusesToCorrectAContributionWhoseMoneyIsAlreadyCommitted() {
		Contribution c = LedgerTestData.pay(contributions, LedgerTestData.privateDonor(donors), "700.00");
		ledger.commit(LedgerTestData.grant(), ledger.available(), "award everything");
		assertThatThrownBy(() -> ledger.correct(c.getLedgerEntryId(), "bounced"))
			.isInstanceOf(ConflictException.class).hasMessageContaining("available balance");
		assertThat(contributions.get(c.getId()).isReversed()).isFalse();
	}

	@Test
	void donorsSummaryAddsTheDollarsCreditedByTheirContributions() {
		var donor = LedgerTestData.privateDonor(donors);
		LedgerTestData.pay(contributions, donor, "300.00");
		LedgerTestData.pay(contributions, donor, "0.55");
		assertThat(donors.summary(donor.getId()).paidUsd()).isEqualByComparingTo("300.55").hasScaleOf(2);
	}

	@Test
	void correctingAContributionReversesIt() {
		Contribution c = LedgerTestData.pay(contributions, LedgerTestData.privateDonor(donors), "300.00");
		ledger.correct(c.getLedgerEntryId(), "wrong donor");
		Contribution reversed = contributions.get(c.getId());
		assertThat(reversed.isReversed()).isTrue();
		assertThat(reversed.getReversalReason()).isEqualTo("wrong donor");
		assertThat(donors.summary(c.getDonorId()).paidUsd()).isEqualByComparingTo("0");
	}

	@Test
	void aHigherOperatingReserveNeedsAvailableMoney() {
		LedgerTestData.pay(contributions, LedgerTestData.privateDonor(donors), "100.00");
		FundTotals before = ledger.balances();
		Money level = Money.of(before.reserve().add(before.available()));
		ledger.setOperatingReserve(level, "keep everything back");
		assertThat(ledger.available()).isEqualTo(Money.ZERO);
		assertThatThrownBy(() -> ledger.setOperatingReserve(level.plus(Money.of("0.01")), "more"))
			.isInstanceOf(InsufficientFundsException.class);
		ledger.setOperatingReserve(Money.of(before.reserve()), "back to before");
		assertThat(ledger.balances().sameAs(before)).isTrue();
	}

	@Test
	void settingTheReserveToItsLevelWritesNoEntry() {
		FundTotals before = ledger.balances();
		long entries = reports.dashboard().entryCount();
		assertThatThrownBy(() -> ledger.setOperatingReserve(Money.of(before.reserve()), "same again"))
			.isInstanceOf(ValidationException.class).hasMessageContaining("already")
			.satisfies(e -> assertThat(((ValidationException) e).fieldErrors()).containsKey("amount"));
		assertThat(reports.dashboard().entryCount()).isEqualTo(entries);
		assertThat(ledger.balances().sameAs(before)).isTrue();
	}

	@Test
	void eachPostingCarriesItsOwnValueDate() {
		Donor donor = LedgerTestData.privateDonor(donors);
		LocalDate received = LocalDate.of(2014, 3, 3);
		Contribution c = contributions.record(new ContributionForm(donor.getId(), null, received,
				new BigDecimal("900.00"), "USD", null, "VD-" + LedgerTestData.grant(), false, null), "test");
		String grant = LedgerTestData.grant();
		ledger.commit(grant, Money.of(800), "award");
		long paid = ledger.disburse(grant, Money.of(500), "PAY-" + grant, LocalDate.of(2014, 4, 1));
		long refunded = ledger.refund(grant, Money.of(100), "BACK-" + grant, LocalDate.of(2015, 1, 2));

		assertThat(reports.entry(c.getLedgerEntryId()).getValueDate()).isEqualTo(received);
		assertThat(reports.entry(paid).getValueDate()).isEqualTo(LocalDate.of(2014, 4, 1));
		assertThat(reports.entry(refunded).getValueDate()).isEqualTo(LocalDate.of(2015, 1, 2));
		assertThatThrownBy(() -> ledger.disburse(grant, Money.of(1), "NO-DATE", null))
			.isInstanceOf(ValidationException.class)
			.satisfies(e -> assertThat(((ValidationException) e).fieldErrors()).containsKey("paidOn"));
	}

	@Test
	void theDashboardSplitsPaidInByYearAndDonorGroup() {
		BalanceDashboard before = reports.dashboard();
		LedgerTestData.pay(contributions, LedgerTestData.privateDonor(donors), "250.00");
		BalanceDashboard after = reports.dashboard();
		assertThat(after.paidInByPrivateDonors().subtract(before.paidInByPrivateDonors())).isEqualByComparingTo("250");
		assertThat(after.years()).isNotEmpty();
		BigDecimal states = after.paidInByMemberStates();
		BigDecimal privates = after.paidInByPrivateDonors();
		assertThat(after.privateSharePercent()).isEqualByComparingTo(BalanceDashboard.share(privates, states.add(privates)));
		assertThat(after.entryCount()).isEqualTo(before.entryCount() + 1);
	}

	@Test
	void refusesBlankReasonsAndZeroAmounts() {
		assertThatThrownBy(() -> ledger.commit("G", Money.ZERO, "x")).isInstanceOf(ValidationException.class);
		assertThatThrownBy(() -> ledger.commit("G", Money.of(1), " ")).isInstanceOf(ValidationException.class);
		assertThatThrownBy(() -> ledger.commit(" ", Money.of(1), "x")).isInstanceOf(ValidationException.class);
	}
}
