package org.trustfund.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.task.Task;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.trustfund.IntegrationTest;
import org.trustfund.security.AppUser;
import org.trustfund.users.Role;

/**
 * People's names, not usernames, where people read who did what (task claimed by, an organisation's history);
 * the task list's links carry no empty parameters; row counts are written "1 row", not "1 rows".
 */
@IntegrationTest
class PeopleNamesAndLinksTest {

	@Autowired MockMvc mvc;
	@Autowired Fixtures fixtures;
	@Autowired ReviewSteps steps;

	private Document page(AppUser u, String address) throws Exception {
		var r = mvc.perform(get(address).with(user(u))).andReturn().getResponse();
		assertThat(r.getStatus()).as(address).isEqualTo(200);
		return Jsoup.parse(r.getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void aClaimedTaskNamesThePersonAndTheTaskListLinksCarryNoEmptyParameters() throws Exception {
		String fm = fixtures.user(Role.FUND_MANAGER);
		fixtures.user(Role.REVIEWER);
		fixtures.user(Role.REVIEWER);
		Proposal p = fixtures.submitted(fixtures.openCall().getId(), fixtures.verifiedNgo("TH"));
		String pid = fixtures.reviewOf(p.getId()).getId();
		steps.screen(pid, fm, "accept", "");
		Task declare = steps.open(pid, ReviewProcess.DECLARE_CONFLICT_TASK).get(0);
		String reviewer = declare.getAssignee();

		// the reviewer the process chose may come from another test class's fixtures (one database per JVM)
		String name = steps.user(reviewer).displayName();
		assertThat(name).isNotBlank().isNotEqualTo(reviewer);
		Document task = page(steps.user(reviewer), "/tasks/" + declare.getId());
		assertThat(task.select("dd bdi").eachText()).contains(name).doesNotContain(reviewer);

		Document list = page(steps.user(reviewer), "/tasks");
		assertThat(list.select("table.tasks td bdi").eachText()).contains(name).doesNotContain(reviewer);
		var sortLinks = list.select("table.tasks thead a[href]");
		assertThat(sortLinks).isNotEmpty();
		for (var a : sortLinks) {
			assertThat(a.attr("href")).as("sort link").startsWith("/tasks?").doesNotContainPattern("=(&|$)")
				.contains("sort=");
		}
	}

	@Test
	void anOrganisationsHistoryNamesWhoActedAndListsCountRowsInWords() throws Exception {
		Fixtures.Ngo ngo = fixtures.ngo("TH");
		AppUser fm = steps.user(fixtures.user(Role.FUND_MANAGER));
		Document org = page(fm, "/organisations/" + ngo.organisationId());
		assertThat(org.select("ol.history li bdi").eachText()).contains("Contact " + ngo.username())
			.doesNotContain(ngo.username());

		Document one = page(fm, "/organisations?q=" + ngo.username());
		assertThat(one.select("p.list-summary").text()).isEqualTo("1 row; page 1 of 1");
		Document oneAr = page(fm, "/organisations?lang=ar&q=" + ngo.username());
		assertThat(oneAr.select("p.list-summary").text()).startsWith("صف واحد");
	}
}
