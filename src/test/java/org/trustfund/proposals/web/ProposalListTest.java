package org.trustfund.proposals.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.trustfund.IntegrationTest;
import org.trustfund.proposals.Fixtures;
import org.trustfund.proposals.ProposalForm;
import org.trustfund.proposals.ProposalService;
import org.trustfund.users.Role;

/** The proposals list: search, call and stage filters, sortable columns, paging, the CSV of the view, bad addresses. */
@IntegrationTest
class ProposalListTest {

	@Autowired MockMvc mvc;
	@Autowired Fixtures fixtures;
	@Autowired ProposalService proposals;
	@Autowired UserDetailsService details;

	String fm;
	String tag;
	long callId;
	Fixtures.Ngo ngoA;
	Fixtures.Ngo ngoB;

	@BeforeEach
	void proposals() {
		fm = fixtures.user(Role.FUND_MANAGER);
		tag = Fixtures.unique("Lst");
		callId = fixtures.openCall().getId();
		ngoA = fixtures.verifiedNgo("TH");
		ngoB = fixtures.verifiedNgo("TH");
		draft(ngoA, tag + " Alpha");
		draft(ngoA, tag + " Charlie");
		draft(ngoB, tag + " Bravo");
	}

	void draft(Fixtures.Ngo ngo, String title) {
		ProposalForm f = Fixtures.proposalForm("TH", "50000.00");
		proposals.draft(callId, ngo.organisationId(), new ProposalForm(title, f.country(), f.targetGroups(),
				f.services(), f.victimsPerYear(), f.amountRequested(), f.durationMonths(), f.narrative(),
				f.contactName(), f.contactEmail(), f.budgetLines()), ngo.username());
	}

	Document page(String who, String url) throws Exception {
		String html = mvc.perform(get(url).with(user(details.loadUserByUsername(who)))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		return Jsoup.parse(html);
	}

	List<String> titles(Document d) {
		return d.select("#proposals tbody tr td:first-child a").eachText();
	}

	@Test
	void aFundManagerSearchesFiltersByCallAndSortsByTitle() throws Exception {
		Document d = page(fm, "/proposals?q=" + tag + "&callId=" + callId + "&sort=title&dir=desc");
		assertThat(titles(d)).containsExactly(tag + " Charlie", tag + " Bravo", tag + " Alpha");
		assertThat(d.select("th[aria-sort=descending]").text()).contains("Title");
		assertThat(d.select("th[aria-sort=descending] a").attr("href")).contains("sort=title", "dir=asc", "q=" + tag);
		assertThat(d.select("#callId option[selected]").attr("value")).isEqualTo(String.valueOf(callId));
	}

	@Test
	void pagesKeepTheFiltersAndTheSortInTheirLinks() throws Exception {
		Document first = page(fm, "/proposals?q=" + tag + "&sort=title&size=2");
		assertThat(titles(first)).containsExactly(tag + " Alpha", tag + " Bravo");
		assertThat(first.select(".pager").text()).contains("Page 1 of 2");
		String next = first.select(".pager a[rel=next]").attr("href");
		assertThat(next).contains("q=" + tag, "sort=title", "size=2", "page=2");
		assertThat(titles(Jsoup.parse(mvc.perform(get(java.net.URI.create(next)).with(user(details.loadUserByUsername(fm))))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)))).containsExactly(tag + " Charlie");
		assertThat(titles(page(fm, "/proposals?q=" + tag + "&sort=title&size=2&page=99")))
			.as("a page past the end shows the last").containsExactly(tag + " Charlie");
	}

	@Test
	void theCsvHasExactlyTheFilteredRowsOfEveryPage() throws Exception {
		String csv = mvc.perform(get("/proposals/export.csv?q=" + tag + "&sort=title&size=1&page=2")
			.with(user(details.loadUserByUsername(fm)))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<String> lines = Arrays.asList(csv.split("\r\n"));
		assertThat(lines).hasSize(4);
		assertThat(lines.get(1)).contains(tag + " Alpha");
		assertThat(lines.get(3)).contains(tag + " Charlie");
	}

	@Test
	void anNgoSeesOnlyItsOwnOrganisationsProposalsOnThePageAndInTheCsv() throws Exception {
		assertThat(titles(page(ngoA.username(), "/proposals?q=" + tag + "&sort=title")))
			.containsExactly(tag + " Alpha", tag + " Charlie");
		assertThat(titles(page(ngoB.username(), "/proposals?q=" + tag + "&organisationId=" + ngoA.organisationId())))
			.as("an NGO cannot ask for another organisation").containsExactly(tag + " Bravo");
		String csv = mvc.perform(get("/proposals/export.csv?q=" + tag).with(user(details.loadUserByUsername(ngoB.username()))))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains(tag + " Bravo").doesNotContain(tag + " Alpha");
	}

	@Test
	void anEmptyListSaysWhetherNothingMatchesTheFilters() throws Exception {
		Document d = page(fm, "/proposals?q=" + tag + "-nothing");
		assertThat(d.select(".empty").text()).isEqualTo("No proposal matches these filters.");
		assertThat(d.select("#proposals")).isEmpty();
		Document ngo = page(fixtures.verifiedNgo("TH").username(), "/proposals");
		assertThat(ngo.select(".empty").text()).startsWith("No proposals yet");
	}

	@Test
	void theListSpeaksArabic() throws Exception {
		Document d = page(fm, "/proposals?lang=ar&q=" + tag + "&size=2");
		assertThat(d.select("legend").text()).isEqualTo("البحث والتصفية");
		// Digits as the Arabic bundle's number format writes them (the page's one digit system is item 7's).
		assertThat(d.select(".pager").text()).containsPattern("الصفحة [1١] من [2٢]").contains("الصفحة التالية");
		assertThat(d.select("p.csv").text()).isEqualTo("تنزيل هذه الصفوف بصيغة CSV");
		assertThat(page(fm, "/proposals?lang=ar&q=" + tag + "-none").select(".empty").text())
			.isEqualTo("لا يوجد مقترح يطابق هذه المرشِّحات.");
	}

	@Test
	void badParametersFallBackWithAMessageNeverAnError() throws Exception {
		Document d = page(fm, "/proposals?q=" + tag + "&sort=secret&page=-1&from=2026-13-45&stage=NOPE&size=100000");
		assertThat(d.select("[role=alert]").text()).contains("secret", "2026-13-45", "NOPE", "-1");
		assertThat(titles(d)).hasSize(3);
		assertThat(d.select(".pager")).isEmpty();
		assertThat(d.select("th[aria-sort=descending]")).isEmpty();
	}
}
