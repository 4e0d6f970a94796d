package org.trustfund.donors.web;

import org.trustfund.shared.Money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.trustfund.IntegrationTest;
import org.trustfund.donors.Contribution;
import org.trustfund.donors.ContributionForm;
import org.trustfund.donors.ContributionService;
import org.trustfund.donors.Donor;
import org.trustfund.donors.DonorForm;
import org.trustfund.donors.DonorKind;
import org.trustfund.donors.DonorService;
import org.trustfund.users.Role;
import org.trustfund.users.UserService;

/** The fund manager's pages: forms that record, forms that refuse on the field, the receipt, the CSV. */
@IntegrationTest
class DonorPagesTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	DonorService donors;
	@Autowired
	ContributionService contributions;
	@Autowired
	org.trustfund.donors.PledgeService pledges;

	static UserDetails fm;
	static UserDetails trustee;

	@BeforeEach
	void users(@Autowired UserService users, @Autowired UserDetailsService details) {
		if (fm == null) {
			users.create("pages_fm", "FM", "fm@example.org", "password123", Set.of(Role.FUND_MANAGER), null);
			users.create("pages_trustee", "T", "t@example.org", "password123", Set.of(Role.TRUSTEE), null);
			fm = details.loadUserByUsername("pages_fm");
			trustee = details.loadUserByUsername("pages_trustee");
		}
	}

	@Test
	void aFundManagerCreatesADonorFromTheForm() throws Exception {
		String name = "Page Foundation " + UUID.randomUUID();
		mvc.perform(post("/donors").with(user(fm)).with(csrf()).param("name", name).param("kind", "FOUNDATION")
			.param("anonymous", "true")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/donors/*"));
		Donor created = donors.all().stream().filter(d -> d.getName().equals(name)).findFirst().orElseThrow();
		assertThat(created.isAnonymous()).isTrue();
		assertThat(created.publicName()).isEqualTo("Anonymous donor");
		mvc.perform(get("/donors/" + created.getId()).with(user(fm))).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(name)));
	}

	@Test
	void aMemberStateWithoutCountryIsShownOnTheForm() throws Exception {
		mvc.perform(post("/donors").with(user(fm)).with(csrf()).param("name", "Nowhere").param("kind", "MEMBER_STATE")
			.param("anonymous", "true")).andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("A Member State donor needs its country")))
			.andExpect(content().string(Matchers.containsString("only private donors can be anonymous")));
	}

	@Test
	void recordsAContributionAndPrintsItsReceipt() throws Exception {
		Donor donor = foundation();
		String reference = "PAGE-" + UUID.randomUUID();
		String location = mvc.perform(post("/contributions").with(user(fm)).with(csrf())
			.param("donorId", donor.getId().toString()).param("receivedOn", LocalDate.now().toString())
			.param("amount", "2500.50").param("currency", "eur").param("creditedUsd", "2710.25")
			.param("bankReference", reference)).andExpect(status().is3xxRedirection()).andReturn().getResponse()
			.getRedirectedUrl();
		mvc.perform(get(location + "/receipt").with(user(fm))).andExpect(status().isOk())
			.andExpect(content().string(Matchers.allOf(Matchers.containsString(donor.getName()),
					Matchers.containsString("USD 2,710.25"), Matchers.containsString("EUR 2,500.50"),
					Matchers.containsString(reference))));
	}

	@Test
	void aRepeatedBankReferenceIsShownOnTheFormAndNotCounted() throws Exception {
		Donor donor = foundation();
		Contribution first = pay(donor, "DUP-" + UUID.randomUUID());
		mvc.perform(post("/contributions").with(user(fm)).with(csrf()).param("donorId", donor.getId().toString())
			.param("receivedOn", LocalDate.now().toString()).param("amount", "10").param("currency", "USD")
			.param("creditedUsd", "10").param("bankReference", first.getBankReference()))
			.andExpect(status().isConflict())
			.andExpect(content().string(Matchers.containsString("is already recorded")));
		assertThat(contributions.ofDonor(donor.getId())).hasSize(1);
	}

	@Test
	void valuesOfTheWrongTypeAndDatesBeyondTheYear9999AreFormErrorsInTheReadersLanguage() throws Exception {
		Donor donor = foundation();
		int pledgesBefore = pledges.ofDonor(donor.getId()).size();
		// ISO-8601 allows the year +999999999, which the pledge's follow-up timer cannot hold (it answered 500)
		mvc.perform(post("/pledges").with(user(fm)).with(csrf()).param("donorId", donor.getId().toString())
			.param("amount", "1000.00").param("currency", "USD").param("expectedOn", "+999999999-12-31"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("between the years 1000 and 9999")));
		assertThat(pledges.ofDonor(donor.getId())).hasSize(pledgesBefore);
		mvc.perform(post("/pledges").with(user(fm)).with(csrf()).param("donorId", donor.getId().toString())
			.param("amount", "1000.00").param("currency", "USD").param("expectedOn", "+999999999-12-31")
			.param("lang", "ar")).andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("بين السنتين 1000 و9999")));
		// a number too long for an id: the form says so, not Spring's converter
		mvc.perform(post("/contributions").with(user(fm)).with(csrf()).param("donorId", "99999999999999999999999")
			.param("receivedOn", LocalDate.now().toString()).param("amount", "10").param("currency", "USD")
			.param("creditedUsd", "10").param("bankReference", "TYPE-" + UUID.randomUUID()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("Enter a whole number.")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("Failed to convert"))));
	}

	@Test
	void aUsdContributionCreditedAnotherAmountIsShownOnTheFormAndAnEmptyCreditIsItsAmount() throws Exception {
		Donor donor = foundation();
		mvc.perform(post("/contributions").with(user(fm)).with(csrf()).param("donorId", donor.getId().toString())
			.param("receivedOn", LocalDate.now().toString()).param("amount", "10").param("currency", "USD")
			.param("creditedUsd", "5000").param("bankReference", "USD-" + UUID.randomUUID()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("is credited its amount, USD 10")));
		assertThat(contributions.ofDonor(donor.getId())).isEmpty();
		mvc.perform(post("/contributions").with(user(fm)).with(csrf()).param("donorId", donor.getId().toString())
			.param("receivedOn", LocalDate.now().toString()).param("amount", "10").param("currency", "USD")
			.param("creditedUsd", "").param("bankReference", "USD-" + UUID.randomUUID()))
			.andExpect(status().is3xxRedirection());
		assertThat(contributions.ofDonor(donor.getId())).singleElement()
			.satisfies(c -> assertThat(c.getCreditedUsd()).isEqualByComparingTo(Money.of("10.00")));
	}

	@Test
	void anUnreadableAmountIsShownOnTheForm() throws Exception {
		mvc.perform(post("/contributions").with(user(fm)).with(csrf()).param("donorId", foundation().getId().toString())
			.param("receivedOn", LocalDate.now().toString()).param("amount", "ten").param("currency", "USD")
			.param("creditedUsd", "10").param("bankReference", "X-" + UUID.randomUUID()))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theCsvExportListsEntriesAndDefusesFormulas() throws Exception {
		Donor donor = donors.create(new DonorForm("=HYPERLINK(\"x\") Ltd " + UUID.randomUUID(), DonorKind.COMPANY, "",
				false, "", "", ""), "test");
		Contribution c = pay(donor, "CSV-" + UUID.randomUUID());
		String csv = mvc.perform(get("/ledger/export.csv").param("donorId", donor.getId().toString()).with(user(fm)))
			.andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/csv")).andReturn()
			.getResponse().getContentAsString();
		assertThat(csv.lines()).hasSize(2);
		assertThat(csv).startsWith("\uFEFF\"id\",\"recorded_at\",\"value_date\",\"type\"")
			.contains("\"" + c.getBankReference() + "\"").contains("\"CONTRIBUTION_RECEIVED\"").contains(",123.45,")
			.contains(",\"Contribution from =HYPERLINK(\"\"x\"\") Ltd ");
	}

	@Test
	void trusteesAreSentFromTheLedgerToTheBalancesAndCanReadThemInArabic() throws Exception {
		mvc.perform(get("/ledger").with(user(trustee))).andExpect(redirectedUrl("/ledger/balances"));
		mvc.perform(get("/ledger/balances").param("lang", "ar").with(user(trustee))).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("المتاح لمنح جديدة")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("/ledger/reserve"))));
	}

	@Test
	void theBalancesPageChecksTheTotalsAgainstTheEntries() throws Exception {
		mvc.perform(get("/ledger/balances").param("reconcile", "true").with(user(fm))).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("The running totals equal the sum of all entries")));
	}

	private Donor foundation() {
		return donors.create(new DonorForm("Page Donor " + UUID.randomUUID(), DonorKind.FOUNDATION, "", false, "", "",
				""), "test");
	}

	private Contribution pay(Donor donor, String reference) {
		return contributions.record(new ContributionForm(donor.getId(), null, LocalDate.now(), new BigDecimal("123.45"),
				"USD", new BigDecimal("123.45"), reference, false, null), "test");
	}
}
