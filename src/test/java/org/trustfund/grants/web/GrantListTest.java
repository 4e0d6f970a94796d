package org.trustfund.grants.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.trustfund.IntegrationTest;
import org.trustfund.grants.GrantFixtures;
import org.trustfund.grants.GrantFixtures.Awarded;
import org.trustfund.proposals.Fixtures;
import org.trustfund.users.Role;

/** The grants list: search, sort, paging, the CSV of the filtered view, an NGO's own grants, bad addresses. */
@IntegrationTest
class GrantListTest {

	@Autowired MockMvc mvc;
	@Autowired GrantFixtures grants;
	@Autowired Fixtures fixtures;
	@Autowired UserDetailsService details;

	static String fm;
	static Fixtures.Ngo ngo;
	static String orgName;
	static Awarded small;
	static Awarded large;
	static Awarded middle;
	static Awarded other;

	@BeforeEach
	void grants() {
		if (fm == null) {
			fm = fixtures.user(Role.FUND_MANAGER);
			ngo = fixtures.verifiedNgo("TH");
			orgName = "NGO " + ngo.username();
			small = grants.award(ngo, "1000.00", 12);
			large = grants.award(ngo, "3000.00", 12);
			middle = grants.award(ngo, "2000.00", 12);
			other = grants.award("1500.00", 12);
		}
	}

	Document page(String who, String url) throws Exception {
		return Jsoup.parse(mvc.perform(get(url).with(user(details.loadUserByUsername(who)))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	/** Follows a link of a page: already encoded. */
	Document follow(String who, String href) throws Exception {
		return Jsoup.parse(mvc.perform(get(java.net.URI.create(href)).with(user(details.loadUserByUsername(who))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	static List<String> refs(Document d) {
		return d.select("#grants tbody tr td:first-child a").eachText();
	}

	@Test
	void aFundManagerSearchesByOrganisationAndSortsByTheAmountCommitted() throws Exception {
		Document d = page(fm, "/grants?q=" + orgName + "&sort=committed&dir=desc");
		assertThat(refs(d)).containsExactly(large.grantRef(), middle.grantRef(), small.grantRef());
		assertThat(d.select("th[aria-sort=descending]").text()).contains("Committed");
		assertThat(d.select("#q").val()).isEqualTo(orgName);
	}

	@Test
	void thePagerKeepsTheSearchAndTheSort() throws Exception {
		Document first = page(fm, "/grants?q=" + orgName + "&sort=committed&size=2");
		assertThat(refs(first)).containsExactly(small.grantRef(), middle.grantRef());
		assertThat(first.select(".pager").text()).contains("Page 1 of 2");
		String next = first.select(".pager a[rel=next]").attr("href");
		assertThat(next).contains("page=2", "size=2", "sort=committed");
		assertThat(refs(follow(fm, next))).containsExactly(large.grantRef());
	}

	@Test
	void theCsvHasEveryRowOfTheFilteredViewInItsOrder() throws Exception {
		String csv = mvc.perform(get("/grants/export.csv?q=" + orgName + "&sort=committed&dir=desc&size=1")
			.with(user(details.loadUserByUsername(fm)))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String[] lines = csv.split("\r\n");
		assertThat(lines).hasSize(4);
		assertThat(lines[1]).startsWith("\"" + large.grantRef() + "\"");
		assertThat(lines[3]).startsWith("\"" + small.grantRef() + "\"");
		assertThat(csv).doesNotContain(other.grantRef());
	}

	@Test
	void anNgoSeesItsOwnGrantsOnlyAndAnEmptyFilterSaysSo() throws Exception {
		Document mine = page(ngo.username(), "/grants?sort=committed");
		assertThat(refs(mine)).containsExactly(small.grantRef(), middle.grantRef(), large.grantRef());
		Document theirs = page(ngo.username(), "/grants?q=" + other.grantRef());
		assertThat(refs(theirs)).isEmpty();
		assertThat(theirs.select(".empty").text()).isEqualTo("No grant matches these filters.");
		Document fresh = page(fixtures.verifiedNgo("TH").username(), "/grants");
		assertThat(fresh.select(".empty").text())
			.isEqualTo("No grants yet: they appear when the Board's outcome is signed.");
	}

	@Test
	void badParametersShowAMessageOnThePageAnd400OnTheApi() throws Exception {
		Document d = page(fm, "/grants?q=" + orgName + "&status=NOPE&sort=zzz&from=31-12-2026&page=0");
		assertThat(d.select("[role=alert]").text()).contains("NOPE", "zzz", "31-12-2026");
		assertThat(refs(d)).hasSize(3);
		mvc.perform(get("/api/grants/export.csv?sort=zzz&from=x").with(user(details.loadUserByUsername(fm))))
			.andExpect(status().isBadRequest());
	}
}
