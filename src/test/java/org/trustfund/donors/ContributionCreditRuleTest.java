package org.trustfund.donors;

import org.trustfund.shared.Money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.trustfund.IntegrationTest;
import org.trustfund.ledger.FundLedger;
import org.trustfund.ledger.FundTotals;
import org.trustfund.ledger.LedgerReports;
import org.trustfund.shared.ValidationException;

/** What a contribution is credited in US dollars: its amount when in USD, the bank's conversion otherwise. */
@IntegrationTest
class ContributionCreditRuleTest {

	@Autowired ContributionService contributions;
	@Autowired DonorService donors;
	@Autowired FundLedger ledger;
	@Autowired LedgerReports reports;

	@Test
	void aUsdContributionCannotBeCreditedAnotherAmount() {
		Donor donor = donor();
		FundTotals before = ledger.balances();
		assertThatThrownBy(() -> contributions.record(form(donor, "10", "USD", "5000"), "test"))
			.isInstanceOf(ValidationException.class)
			.satisfies(e -> assertThat(((ValidationException) e).fieldErrors().get("creditedUsd")).contains("USD 10"));
		assertThat(contributions.ofDonor(donor.getId())).isEmpty();
		assertThat(ledger.balances()).isEqualTo(before);
	}

	@Test
	void aUsdContributionIsCreditedItsAmountWhenNoneIsGiven() {
		Contribution c = contributions.record(form(donor(), "10", "usd", null), "test");
		assertThat(c.getCreditedUsd()).isEqualByComparingTo(Money.of("10.00"));
		assertThat(c.getCreditedUsd().amount().scale()).isEqualTo(2);
		assertThat(reports.entry(c.getLedgerEntryId()).getAmount()).isEqualByComparingTo("10.00");
	}

	@Test
	void anotherCurrencyNeedsTheCreditedAmountAndKeepsBoth() {
		Donor donor = donor();
		assertThatThrownBy(() -> contributions.record(form(donor, "900", "EUR", null), "test"))
			.isInstanceOf(ValidationException.class)
			.satisfies(e -> assertThat(((ValidationException) e).fieldErrors()).containsKey("creditedUsd"));
		Contribution c = contributions.record(form(donor, "900", "EUR", "975.30"), "test");
		assertThat(c.getAmount()).isEqualByComparingTo("900");
		assertThat(c.getCurrency()).isEqualTo("EUR");
		assertThat(c.getCreditedUsd()).isEqualByComparingTo(Money.of("975.30"));
		assertThat(reports.entry(c.getLedgerEntryId()).getAmount()).isEqualByComparingTo("975.30");
	}

	private Donor donor() {
		return donors.create(new DonorForm("Credit Rule Foundation " + UUID.randomUUID(), DonorKind.FOUNDATION, "",
				false, "", "", ""), "test");
	}

	private static ContributionForm form(Donor donor, String amount, String currency, String credited) {
		return new ContributionForm(donor.getId(), null, LocalDate.now(), new BigDecimal(amount), currency,
				credited == null ? null : new BigDecimal(credited), "CR-" + UUID.randomUUID(), false, null);
	}
}
