package org.trustfund.users.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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

/** The administrators' users list: search, role filter, sort, paging, the CSV of the view, bad addresses. */
@IntegrationTest
class UserListTest {

	@Autowired MockMvc mvc;
	@Autowired Fixtures fixtures;
	@Autowired UserDetailsService details;

	Document page(String who, String url) throws Exception {
		return Jsoup.parse(mvc.perform(get(url).with(user(details.loadUserByUsername(who)))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void anAdministratorFiltersByRoleSortsAndExportsTheView() throws Exception {
		String admin = fixtures.user(Role.ADMIN);
		String reviewer = fixtures.user(Role.REVIEWER);
		String trustee = fixtures.user(Role.TRUSTEE);
		// the shared test database holds other tests' reviewers: the search keeps this one on the first page
		Document d = page(admin, "/admin/users?role=REVIEWER&sort=username&dir=desc&q=" + reviewer);
		assertThat(d.select("#users tbody tr td:first-child").eachText()).contains(reviewer).doesNotContain(trustee);
		assertThat(d.select("th[aria-sort=descending]").text()).contains("Username");
		assertThat(page(admin, "/admin/users?role=REVIEWER&q=" + trustee).select("#users tbody tr td:first-child")
			.eachText()).doesNotContain(trustee);
		String csv = mvc.perform(get("/admin/users/export.csv?q=" + reviewer).with(user(details.loadUserByUsername(admin))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.split("\r\n")).hasSize(2);
		assertThat(csv).contains(reviewer, "REVIEWER");
		Document none = page(admin, "/admin/users?q=" + reviewer + "&role=TRUSTEE");
		assertThat(none.select(".empty").text()).isEqualTo("No user matches these filters.");
		Document bad = page(admin, "/admin/users?role=KING&enabled=maybe&size=0");
		assertThat(bad.select("[role=alert] li")).hasSize(3);
		assertThat(bad.select("#users tbody tr")).isNotEmpty();
	}

	@Test
	void othersCannotListUsers() throws Exception {
		String fm = fixtures.user(Role.FUND_MANAGER);
		mvc.perform(get("/admin/users/export.csv").with(user(details.loadUserByUsername(fm))))
			.andExpect(status().isForbidden());
	}
}
