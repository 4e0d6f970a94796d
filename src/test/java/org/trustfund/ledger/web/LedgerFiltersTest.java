package org.trustfund.ledger.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.trustfund.IntegrationTest;
import org.trustfund.donors.ContributionForm;
import org.trustfund.donors.ContributionService;
import org.trustfund.donors.Donor;
import org.trustfund.donors.DonorForm;
import org.trustfund.donors.DonorKind;
import org.trustfund.donors.DonorService;
import org.trustfund.organisations.OrganisationService;
import org.trustfund.users.UserService;

/**
 * The ledger's entries list reads its address as every working list does: a filter value it cannot use is named
 * in a message (in the reader's language) and left out, the list still shows; an empty list says why.
 */
@IntegrationTest
class LedgerFiltersTest {

	@Autowired MockMvc mvc;
	@Autowired DonorService donors;
	@Autowired ContributionService contributions;
	@Autowired OrganisationService organisations;
	@Autowired UserDetailsService details;

	UserDetails fm;
	Donor donor;

	@BeforeEach
	void data(@Autowired UserService users) {
		TestUsers.ensure(users, organisations);
		fm = TestUsers.as(details, TestUsers.FUND_MANAGER);
		donor = donors.create(new DonorForm("Filter Donor " + UUID.randomUUID().toString().substring(0, 6),
				DonorKind.FOUNDATION, "", false, "", "", ""), "test");
		contributions.record(new ContributionForm(donor.getId(), null, LocalDate.now(), new BigDecimal("25.00"), "USD",
				null, "FLT-" + UUID.randomUUID(), false, null), "test");
	}

	private MockHttpServletResponse page(String url, Cookie... cookies) throws Exception {
		var request = get(url).with(user(fm));
		if (cookies.length > 0) {
			request = request.cookie(cookies);
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	@Test
	void unusableFiltersAreNamedAndLeftOutAndTheListStillShows() throws Exception {
		MockHttpServletResponse r = page("/ledger?type=QQ&donorId=abc&from=2026-13-45&bucket=zz&page=-1");
		assertThat(r.getStatus()).isEqualTo(200);
		Document d = Jsoup.parse(r.getContentAsString(StandardCharsets.UTF_8));
		assertThat(d.select(".alert.error li").eachText()).containsExactlyInAnyOrder(
				"The value \"QQ\" of \"type\" is not valid; that filter is left out.",
				"The value \"abc\" of \"donorId\" is not valid; that filter is left out.",
				"The date \"2026-13-45\" of \"from\" is not a date written YYYY-MM-DD; that filter is left out.",
				"The value \"zz\" of \"bucket\" is not valid; that filter is left out.",
				"The value \"-1\" of \"page\" is not valid; that filter is left out.");
		assertThat(d.select("table tbody tr")).as("the list shows, unfiltered").isNotEmpty();
		assertThat(d.select("a[href^=/ledger/export.csv]").attr("href")).doesNotContain("QQ", "abc", "2026-13-45");

		Document ar = Jsoup.parse(page("/ledger?type=QQ", new Cookie("tf-lang", "ar")).getContentAsString(StandardCharsets.UTF_8));
		assertThat(ar.select(".alert.error li").text()).contains("«QQ»", "أُهمل هذا المرشِّح");
	}

	@Test
	void goodFiltersStillNarrowTheListAndTheCsvIgnoresWhatItCannotUse() throws Exception {
		Document d = Jsoup.parse(page("/ledger?donorId=" + donor.getId() + "&type=CONTRIBUTION_RECEIVED")
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(d.select(".alert.error")).isEmpty();
		assertThat(d.select("table tbody tr")).hasSize(1);
		assertThat(d.select("#donorId option[selected]").attr("value")).isEqualTo(donor.getId().toString());

		MockHttpServletResponse csv = page("/ledger/export.csv?donorId=" + donor.getId() + "&type=QQ&from=2026-13-45&bucket=zz");
		assertThat(csv.getStatus()).isEqualTo(200);
		assertThat(csv.getContentAsString(StandardCharsets.UTF_8).split("\r\n")).hasSize(2);
	}

	@Test
	void anEmptyListSaysNothingMatchesTheFilters() throws Exception {
		Document d = Jsoup.parse(page("/ledger?donorId=" + donor.getId() + "&type=GRANT_COMMITTED")
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(d.select(".empty").text()).isEqualTo("No entry matches these filters.");
		assertThat(d.select("table")).isEmpty();
	}
}
