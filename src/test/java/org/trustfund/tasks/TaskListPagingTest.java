package org.trustfund.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.trustfund.IntegrationTest;
import org.trustfund.TestData;
import org.trustfund.organisations.OnboardingProcess;
import org.trustfund.organisations.Organisation;
import org.trustfund.organisations.OrganisationService;
import org.trustfund.users.Role;
import org.trustfund.users.UserService;

/**
 * Paging, filters, sorting and counts of the task list, on the API and the page, per role: a fund manager's
 * claimed tasks (scope {@code mine}) and the organisations' tasks of two NGOs, which never see each other's.
 */
@IntegrationTest
class TaskListPagingTest {

	@Autowired MockMvc mvc;
	@Autowired OrganisationService organisations;
	@Autowired UserService users;
	@Autowired TaskService tasks;

	private String manager;
	private final List<Organisation> signedUp = new ArrayList<>();
	private final List<String> claimed = new ArrayList<>();

	/** Three organisations waiting for verification, their tasks claimed by one fund manager, oldest first. */
	@BeforeEach
	void threeClaimedTasks() throws Exception {
		manager = TestData.unique("pg_fm");
		TestData.staff(users, manager, Role.FUND_MANAGER);
		for (int i = 0; i < 3; i++) {
			Organisation o = organisations.signUp(TestData.signUp(TestData.unique("pg_ngo"),
					"Paging Shelter " + TestData.unique("n")), TestData.pdf());
			signedUp.add(o);
			String id = verifyTask(o).getId();
			as(manager, post("/api/tasks/" + id + "/claim")).andExpect(status().isNoContent());
			claimed.add(id);
			Thread.sleep(5); // distinct creation times, for the order
		}
	}

	@Test
	void pagesOfTwoWithTotalAndLinks() throws Exception {
		as(manager, get("/api/tasks").param("scope", "mine").param("size", "2")).andExpect(status().isOk())
			.andExpect(header().string("X-Total-Count", "3"))
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].id").value(claimed.get(2)))
			.andExpect(jsonPath("$[1].id").value(claimed.get(1)))
			.andExpect(header().string("Link", containsString("page=2&size=2&scope=mine&sort=newest>; rel=\"next\"")));
		as(manager, get("/api/tasks").param("scope", "mine").param("size", "2").param("page", "2"))
			.andExpect(jsonPath("$.length()").value(1)).andExpect(jsonPath("$[0].id").value(claimed.get(0)))
			.andExpect(header().string("Link", containsString("rel=\"prev\"")))
			.andExpect(header().string("Link", not(containsString("rel=\"next\""))));
		as(manager, get("/api/tasks").param("scope", "mine").param("sort", "oldest").param("size", "1"))
			.andExpect(jsonPath("$[0].id").value(claimed.get(0)));
		as(manager, get("/api/tasks").param("scope", "mine").param("page", "9"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0))
			.andExpect(header().string("X-Total-Count", "3"));
		as(manager, get("/api/tasks").param("scope", "offered"))
			.andExpect(jsonPath("$[*].id", not(hasItem(claimed.get(0)))));
	}

	@Test
	void filtersByProcessKindDueAndSearch() throws Exception {
		Task late = tasks.createTaskQuery().taskId(claimed.get(0)).singleResult();
		late.setDueDate(Date.from(Instant.now().minus(1, ChronoUnit.DAYS)));
		tasks.saveTask(late);
		Task soon = tasks.createTaskQuery().taskId(claimed.get(1)).singleResult();
		soon.setDueDate(Date.from(Instant.now().plus(2, ChronoUnit.DAYS)));
		tasks.saveTask(soon);

		mine("process", OnboardingProcess.KEY).andExpect(header().string("X-Total-Count", "3"));
		mine("process", "proposalReview").andExpect(header().string("X-Total-Count", "0"));
		mine("kind", "verifyOrganisation").andExpect(header().string("X-Total-Count", "3"));
		mine("due", "overdue").andExpect(header().string("X-Total-Count", "1"))
			.andExpect(jsonPath("$[0].id").value(claimed.get(0)));
		mine("due", "dated").andExpect(header().string("X-Total-Count", "2"));
		mine("due", "undated").andExpect(header().string("X-Total-Count", "1"))
			.andExpect(jsonPath("$[0].id").value(claimed.get(2)));
		mine("sort", "due").andExpect(jsonPath("$[0].id").value(claimed.get(0)))
			.andExpect(jsonPath("$[1].id").value(claimed.get(1))).andExpect(jsonPath("$[2].id").value(claimed.get(2)));
		// The search finds what a task concerns (the organisation's name), in any case.
		String name = signedUp.get(1).getName();
		mine("q", name.toUpperCase()).andExpect(header().string("X-Total-Count", "1"))
			.andExpect(jsonPath("$[0].id").value(claimed.get(1)))
			.andExpect(jsonPath("$[0].subject.label").value(name));
		mine("q", "100%_\\").andExpect(header().string("X-Total-Count", "0"));

		as(manager, get("/api/tasks/counts")).andExpect(status().isOk())
			.andExpect(jsonPath("$.mine").value(3))
			.andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThanOrEqualTo(3)))
			.andExpect(jsonPath("$.overdue").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)))
			.andExpect(jsonPath("$.processes[?(@.process == 'organisationOnboarding')].count",
					hasItem(org.hamcrest.Matchers.greaterThanOrEqualTo(3))));
	}

	@Test
	void ngoSeesItsOwnOrganisationOnlyWhateverTheFilter() throws Exception {
		String ngoA = TestData.unique("pg_ngo");
		Organisation a = organisations.signUp(TestData.signUp(ngoA, "Alpha " + ngoA), TestData.pdf());
		String ngoB = TestData.unique("pg_ngo");
		Organisation b = organisations.signUp(TestData.signUp(ngoB, "Beta " + ngoB), TestData.pdf());
		// The fund manager asks each for information: the reply tasks are offered to the organisations' groups.
		for (Organisation o : List.of(a, b)) {
			as(manager, post("/api/tasks/" + verifyTask(o).getId() + "/complete").contentType(MediaType.APPLICATION_JSON)
				.content("{\"decision\":\"requestInformation\",\"note\":\"Send the board list\"}"))
				.andExpect(status().is2xxSuccessful());
		}
		String replyA = replyTask(a).getId();
		String replyB = replyTask(b).getId();

		as(ngoA, get("/api/tasks")).andExpect(header().string("X-Total-Count", "1"))
			.andExpect(jsonPath("$[0].id").value(replyA));
		as(ngoA, get("/api/tasks").param("q", b.getName())).andExpect(header().string("X-Total-Count", "0"));
		as(ngoA, get("/api/tasks").param("process", OnboardingProcess.KEY).param("due", "dated"))
			.andExpect(jsonPath("$[*].id", not(hasItem(replyB))));
		as(ngoA, get("/api/tasks/counts")).andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.offered").value(1)).andExpect(jsonPath("$.mine").value(0));
		as(ngoB, get("/api/tasks")).andExpect(jsonPath("$[*].id", not(hasItem(replyA))))
			.andExpect(header().string("X-Total-Count", "1"));
		as(ngoA, get("/tasks").param("q", b.getName())).andExpect(status().isOk())
			.andExpect(content().string(not(containsString(replyB))));
	}

	@Test
	void badParametersGetProblemDetailsOnTheApiAndAMessageOnThePage() throws Exception {
		as(manager, get("/api/tasks").param("page", "0").param("size", "500").param("sort", "bogus")
			.param("due", "tomorrow").param("scope", "everyone").param("q", "x".repeat(101)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors.page").exists()).andExpect(jsonPath("$.errors.size").exists())
			.andExpect(jsonPath("$.errors.sort").exists()).andExpect(jsonPath("$.errors.due").exists())
			.andExpect(jsonPath("$.errors.scope").exists()).andExpect(jsonPath("$.errors.q").exists());
		as(manager, get("/api/tasks").param("page", "abc")).andExpect(status().isBadRequest());
		// the page, as the other lists: the unusable parameter is left out and named in words, 200
		as(manager, get("/tasks").param("page", "abc")).andExpect(status().isOk())
			.andExpect(content().string(containsString("The value &quot;abc&quot; of &quot;page&quot; is not valid; that filter is left out.")));
	}

	@Test
	void theListLeavesOutAnUnusableDueOrOrderAndSaysSoInTheReadersLanguage() throws Exception {
		String en = as(manager, get("/tasks").param("due", "zz").param("sort", "yy").param("scope", "mine").param("lang", "en"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(en);
		assertThat(page.select("#list-problems p").text()).isEqualTo("Part of the address could not be used; the list shows what it could.");
		assertThat(page.select("#list-problems li").eachText()).containsExactly(
				"The value \"zz\" of \"due\" is not valid; that filter is left out.",
				"There is no column \"yy\" to sort by; the list keeps its usual order.");
		assertThat(en).doesNotContain("One of overdue");
		// the usable parameter is kept: my claimed tasks only
		assertThat(en).contains(claimed.get(0)).contains(claimed.get(1));
		String ar = as(manager, get("/tasks").param("due", "zz").param("lang", "ar"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(org.jsoup.Jsoup.parse(ar).select("#list-problems li").eachText())
			.containsExactly("القيمة «zz» للحقل «due» غير صالحة؛ أُهمل هذا المرشِّح.");
		assertThat(as(manager, get("/tasks")).andReturn().getResponse().getContentAsString()).doesNotContain("list-problems");
	}

	@Test
	void thePageKeepsTheFilterInItsAddresses() throws Exception {
		String page = as(manager, get("/tasks").param("scope", "mine").param("size", "2").param("sort", "oldest"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains(claimed.get(0)).contains(claimed.get(1)).doesNotContain(claimed.get(2))
			.contains("page=2&amp;size=2&amp;scope=mine").contains("sort=oldest")
			.contains("<option value=\"mine\" selected=\"selected\"");
	}

	private ResultActions mine(String param, String value) throws Exception {
		return as(manager, get("/api/tasks").param("scope", "mine").param(param, value)).andExpect(status().isOk());
	}

	private Task verifyTask(Organisation o) {
		return tasks.createTaskQuery().processDefinitionKey(OnboardingProcess.KEY)
			.processInstanceBusinessKey(o.getId().toString()).taskDefinitionKey("verifyOrganisation").singleResult();
	}

	private Task replyTask(Organisation o) {
		return tasks.createTaskQuery().processDefinitionKey(OnboardingProcess.KEY)
			.processInstanceBusinessKey(o.getId().toString()).taskDefinitionKey("provideInformation").singleResult();
	}

	private ResultActions as(String username, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(httpBasic(username, TestData.PASSWORD)));
	}
}
