package org.trustfund.organisations.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.trustfund.IntegrationTest;
import org.trustfund.proposals.Fixtures;
import org.trustfund.users.Role;

/** The organisations list: search, country and status filters, sort, paging, CSV of the view, bad addresses. */
@IntegrationTest
class OrganisationListTest {

	@Autowired MockMvc mvc;
	@Autowired Fixtures fixtures;
	@Autowired UserDetailsService details;

	Document page(String who, String url) throws Exception {
		return Jsoup.parse(mvc.perform(get(url).with(user(details.loadUserByUsername(who)))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void aFundManagerFiltersByCountryAndStatusAndExportsTheView() throws Exception {
		String fm = fixtures.user(Role.FUND_MANAGER);
		Fixtures.Ngo ke = fixtures.verifiedNgo("KE");
		Fixtures.Ngo pending = fixtures.ngo("KE");
		Fixtures.Ngo th = fixtures.verifiedNgo("TH");
		Document d = page(fm, "/organisations?country=KE&status=VERIFIED&sort=registered&dir=desc");
		assertThat(d.select("#organisations tbody tr td:first-child").eachText()).contains("NGO " + ke.username())
			.doesNotContain("NGO " + pending.username(), "NGO " + th.username());
		assertThat(d.select("#country option[selected]").val()).isEqualTo("KE");
		assertThat(d.select("th[aria-sort=descending]").text()).contains("Registered");
		String csv = mvc.perform(get("/organisations/export.csv?q=" + pending.username())
			.with(user(details.loadUserByUsername(fm)))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.split("\r\n")).hasSize(2);
		assertThat(csv).contains("NGO " + pending.username(), "PENDING");
		Document none = page(fm, "/organisations?q=" + pending.username() + "&status=REJECTED");
		assertThat(none.select(".empty").text()).isEqualTo("No organisation matches these filters.");
	}

	@Test
	void pagingKeepsTheSearchAndBadValuesAreReported() throws Exception {
		String fm = fixtures.user(Role.FUND_MANAGER);
		String tag = Fixtures.unique("olst");
		for (int i = 0; i < 3; i++) {
			fixtures.ngo("TH");
		}
		Document d = page(fm, "/organisations?q=ngo&size=2&sort=name");
		assertThat(d.select(".pager a[rel=next]").attr("href")).contains("q=ngo", "size=2", "sort=name", "page=2");
		Document bad = page(fm, "/organisations?q=" + tag + "&country=Kenya&page=x&sort=password");
		assertThat(bad.select("[role=alert]").text()).contains("Kenya", "password", "x");
	}

	@Test
	void anNgoMemberIsSentToTheirOwnOrganisationAndCannotExport() throws Exception {
		Fixtures.Ngo ngo = fixtures.verifiedNgo("TH");
		mvc.perform(get("/organisations?q=x").with(user(details.loadUserByUsername(ngo.username()))))
			.andExpect(redirectedUrl("/organisations/" + ngo.organisationId()));
		mvc.perform(get("/organisations/export.csv").with(user(details.loadUserByUsername(ngo.username()))))
			.andExpect(status().isForbidden());
	}
}
