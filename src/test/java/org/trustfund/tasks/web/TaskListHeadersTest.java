package org.trustfund.tasks.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

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

/** The task list has the working lists' shape: sortable column headers with aria-sort that keep the filters. */
@IntegrationTest
class TaskListHeadersTest {

	@Autowired MockMvc mvc;
	@Autowired Fixtures fixtures;
	@Autowired UserDetailsService details;

	Document page(String who, String url) throws Exception {
		return Jsoup.parse(mvc.perform(get(url).with(user(details.loadUserByUsername(who)))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void theSinceAndDueHeadersSortAndSaySoKeepingTheFilters() throws Exception {
		String fm = fixtures.user(Role.FUND_MANAGER);
		fixtures.submitted(fixtures.openCall().getId(), fixtures.verifiedNgo("TH"));
		Document newest = page(fm, "/tasks?scope=offered&q=Shelter");
		assertThat(newest.select("table.tasks tbody tr")).isNotEmpty();
		assertThat(newest.select("th[aria-sort=descending]").text()).isEqualTo("Since");
		String since = newest.select("th[aria-sort=descending] a").attr("href");
		assertThat(since).contains("sort=oldest", "scope=offered", "q=Shelter");
		assertThat(page(fm, since).select("th[aria-sort=ascending]").text()).isEqualTo("Since");
		String due = newest.select("th:contains(Due) a").attr("href");
		assertThat(due).contains("sort=due", "scope=offered", "q=Shelter");
		Document byDue = page(fm, due);
		assertThat(byDue.select("th[aria-sort=ascending]").text()).isEqualTo("Due");
		assertThat(byDue.select("th[aria-sort=none]").text()).isEqualTo("Since");
	}
}
