package org.trustfund.donors.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.trustfund.IntegrationTest;
import org.trustfund.donors.ContributionService;
import org.trustfund.donors.Donor;
import org.trustfund.donors.DonorForm;
import org.trustfund.donors.DonorKind;
import org.trustfund.donors.DonorService;
import org.trustfund.donors.Pledge;
import org.trustfund.donors.PledgeForm;
import org.trustfund.donors.PledgeService;
import org.trustfund.donors.PledgeStatus;
import org.trustfund.ledger.FundLedger;
import org.trustfund.ledger.FundTotals;
import org.trustfund.ledger.LedgerReports;
import org.trustfund.users.Role;
import org.trustfund.users.UserService;

/** Recording paid contributions through the API: every bad input is refused with problem details. */
@IntegrationTest
class ContributionApiTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	DonorService donors;
	@Autowired
	PledgeService pledges;
	@Autowired
	ContributionService contributions;
	@Autowired
	FundLedger ledger;
	@Autowired
	LedgerReports reports;

	static UserDetails fundManager;
	static Donor donor;
	static Donor otherDonor;
	Pledge pledge;

	@BeforeEach
	void data(@Autowired UserService users, @Autowired UserDetailsService details) {
		if (fundManager == null) {
			users.create("contrib_fm", "FM", "fm@example.org", "password123", java.util.Set.of(Role.FUND_MANAGER), null);
			fundManager = details.loadUserByUsername("contrib_fm");
			donor = donors.create(new DonorForm("API Foundation " + UUID.randomUUID(), DonorKind.FOUNDATION, "", true,
					"", "", ""), "test");
			otherDonor = donors.create(new DonorForm("Other " + UUID.randomUUID(), DonorKind.COMPANY, "", false, "", "",
					""), "test");
		}
		pledge = pledges.create(new PledgeForm(donor.getId(), new BigDecimal("1000.00"), "EUR", LocalDate.now(), null),
				"test");
	}

	@Test
	void recordsAContributionInTheLedger() throws Exception {
		FundTotals before = ledger.balances();
		post(body(donor.getId(), pledge.getId(), LocalDate.now(), "400.00", "EUR", "432.10", ref(), false))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.creditedUsd").value(432.10))
			.andExpect(jsonPath("$.ledgerEntryId").isNumber());
		assertThat(ledger.balances().paidIn().subtract(before.paidIn())).isEqualByComparingTo("432.10");
		assertThat(pledges.get(pledge.getId()).getStatus()).isEqualTo(PledgeStatus.PARTLY_PAID);
	}

	@Test
	void refusesTheSameBankReferenceTwiceAndCountsTheMoneyOnce() throws Exception {
		String reference = ref();
		post(body(donor.getId(), null, LocalDate.now(), "50", "USD", "50", reference, false))
			.andExpect(status().isCreated());
		long entries = reports.dashboard().entryCount();
		FundTotals before = ledger.balances();
		post(body(donor.getId(), null, LocalDate.now(), "50", "USD", "50", reference, false))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(reference)));
		assertThat(reports.dashboard().entryCount()).isEqualTo(entries);
		assertThat(ledger.balances().sameAs(before)).isTrue();
	}

	@Test
	void acceptsAnOverPaymentOnlyWhenItIsConfirmed() throws Exception {
		post(body(donor.getId(), pledge.getId(), LocalDate.now(), "1000.01", "EUR", "1100", ref(), false))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.amount").exists());
		post(body(donor.getId(), pledge.getId(), LocalDate.now(), "1000.01", "EUR", "1100", ref(), true))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.overpayment").value(true));
		assertThat(pledges.get(pledge.getId()).getStatus()).isEqualTo(PledgeStatus.PAID);
	}

	static Stream<Arguments> badInput() {
		LocalDate today = LocalDate.now();
		return Stream.of(
				Arguments.of("zero amount", "amount", -1L, today, "0", "USD", "10"),
				Arguments.of("negative amount", "amount", -1L, today, "-5", "USD", "10"),
				Arguments.of("zero credited", "creditedUsd", -1L, today, "10", "USD", "0"),
				Arguments.of("negative credited", "creditedUsd", -1L, today, "10", "USD", "-10"),
				Arguments.of("three decimals in USD", "creditedUsd", -1L, today, "10", "EUR", "10.005"),
				Arguments.of("USD credited other than the USD amount", "creditedUsd", -1L, today, "10", "USD", "5000"),
				Arguments.of("no credited USD for euros", "creditedUsd", -1L, today, "10", "EUR", "null"),
				Arguments.of("three decimals in EUR", "amount", -1L, today, "10.005", "EUR", "10"),
				Arguments.of("decimals in yen", "amount", -1L, today, "10.5", "JPY", "1"),
				Arguments.of("currency of four letters", "currency", -1L, today, "10", "EURO", "10"),
				Arguments.of("currency with digits", "currency", -1L, today, "10", "E1R", "10"),
				Arguments.of("currency that does not exist", "currency", -1L, today, "10", "XQZ", "10"),
				Arguments.of("no currency", "currency", -1L, today, "10", "", "10"),
				Arguments.of("receipt date in the future", "receivedOn", -1L, today.plusDays(1), "10", "USD", "10"),
				Arguments.of("no receipt date", "receivedOn", -1L, null, "10", "USD", "10"),
				Arguments.of("unknown donor", "donorId", 999_999L, today, "10", "USD", "10"),
				Arguments.of("unknown pledge", "pledgeId", -2L, today, "10", "EUR", "10"),
				Arguments.of("pledge of another donor", "pledgeId", -3L, today, "10", "EUR", "10"),
				Arguments.of("pledge in another currency", "currency", -4L, today, "10", "USD", "10"),
				Arguments.of("more than remains on the pledge", "amount", -4L, today, "1000.01", "EUR", "10"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badInput")
	void refusesBadInputWithAFieldMessageAndRecordsNothing(String name, String field, long donorCode, LocalDate date,
			String amount, String currency, String credited) throws Exception {
		long donorId = donorCode == 999_999L ? 999_999L : donorCode == -3L ? otherDonor.getId() : donor.getId();
		Long pledgeId = switch ((int) donorCode) {
			case -2 -> 999_999L;
			case -3, -4 -> pledge.getId();
			default -> null;
		};
		long entries = reports.dashboard().entryCount();
		int recorded = contributions.latest().size();
		post(body(donorId, pledgeId, date, amount, currency, credited, ref(), false))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Invalid input"))
			.andExpect(jsonPath("$.errors." + field).isString());
		assertThat(reports.dashboard().entryCount()).isEqualTo(entries);
		assertThat(contributions.latest()).hasSize(recorded);
		assertThat(pledges.get(pledge.getId()).getPaidAmount()).isEqualByComparingTo("0");
	}

	@Test
	void aContributionInUsdIsCreditedItsAmount() throws Exception {
		FundTotals before = ledger.balances();
		post(body(donor.getId(), null, LocalDate.now(), "10", "USD", "null", ref(), false))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.creditedUsd").value(10.00))
			.andExpect(jsonPath("$.amount").value(10)).andExpect(jsonPath("$.currency").value("USD"));
		post(body(donor.getId(), null, LocalDate.now(), "10", "USD", "10.00", ref(), false))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.creditedUsd").value(10.00));
		assertThat(ledger.balances().paidIn().subtract(before.paidIn())).isEqualByComparingTo("20.00");
	}

	@Test
	void contributionsInUsdWithoutACreditedAmountSettleAUsdPledge() throws Exception {
		Pledge usd = pledges.create(new PledgeForm(donor.getId(), new BigDecimal("300.00"), "USD", LocalDate.now(),
				null), "test");
		post(body(donor.getId(), usd.getId(), LocalDate.now(), "100", "USD", "null", ref(), false))
			.andExpect(status().isCreated());
		assertThat(pledges.get(usd.getId()).getStatus()).isEqualTo(PledgeStatus.PARTLY_PAID);
		post(body(donor.getId(), usd.getId(), LocalDate.now(), "200", "USD", "null", ref(), false))
			.andExpect(status().isCreated());
		assertThat(pledges.get(usd.getId()).getStatus()).isEqualTo(PledgeStatus.PAID);
		assertThat(contributions.ofPledge(usd.getId())).extracting(c -> c.getCreditedUsd().amount().toPlainString())
			.containsExactlyInAnyOrder("100.00", "200.00");
	}

	/** ISO 4217 also codes "no currency" (XXX), test money, gold and SDR: none is money a donor pays in. */
	@Test
	void refusesCodesThatAreNoMoney() throws Exception {
		for (String code : new String[] { "XXX", "XTS", "XAU", "XDR", "ABC" }) {
			post(body(donor.getId(), null, LocalDate.now(), "10", code, "5000", ref(), false))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.currency").isString());
		}
		for (String code : new String[] { "XOF", "JPY", "KWD" }) { // real currencies, with 0, 0 and 3 decimals
			post(body(donor.getId(), null, LocalDate.now(), "10", code, "5", ref(), false)).andExpect(status().isCreated());
		}
	}

	@Test
	void refusesAContributionWithoutBankReference() throws Exception {
		post(body(donor.getId(), null, LocalDate.now(), "10", "USD", "10", " ", false))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.bankReference").isString());
	}

	private ResultActions post(String json) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/contributions")
			.with(user(fundManager)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private static String body(long donorId, Long pledgeId, LocalDate date, String amount, String currency,
			String credited, String reference, boolean overpayment) {
		return """
				{"donorId": %d, "pledgeId": %s, "receivedOn": %s, "amount": %s, "currency": "%s",
				 "creditedUsd": %s, "bankReference": "%s", "overpayment": %s}"""
			.formatted(donorId, pledgeId, date == null ? "null" : "\"" + date + "\"", amount, currency, credited,
					reference, overpayment);
	}

	private static String ref() {
		return "BANK-" + UUID.randomUUID();
	}
}
