package org.trustfund.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.trustfund.organisations.OnboardingProcess;
import org.trustfund.IntegrationTest;
import org.trustfund.TestData;
import org.trustfund.organisations.Organisation;
import org.trustfund.organisations.OrganisationService;
import org.trustfund.organisations.OrganisationStatus;
import org.trustfund.users.Role;
import org.trustfund.users.UserService;

/** The task list API: list, read, claim, unclaim, complete. */
@IntegrationTest
class TaskListApiTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	OrganisationService organisations;
	@Autowired
	UserService users;
	@Autowired
	TaskService tasks;

	private String manager;
	private String colleague;
	private String ngo;
	private Organisation organisation;
	private String verify;

	@BeforeEach
	void organisationWaitingForVerification() {
		manager = TestData.unique("api_fm");
		colleague = TestData.unique("api_fm");
		TestData.staff(users, manager, Role.FUND_MANAGER);
		TestData.staff(users, colleague, Role.FUND_MANAGER);
		ngo = TestData.unique("api_ngo");
		organisation = organisations.signUp(TestData.signUp(ngo, "Hope Shelter " + ngo), TestData.pdf());
		verify = openTask().getId();
	}

	@Test
	void listShowsTheTaskWithItsSubjectAndCreationTime() throws Exception {
		Instant created = openTask().getCreateTime().toInstant();
		// the shared test database holds other tests' tasks (some created under a moved clock, so "newer"):
		// the search narrows the first page to this organisation's
		as(manager, get("/api/tasks").param("q", organisation.getName())).andExpect(status().isOk())
			.andExpect(jsonPath(mine("name"), contains("Verify organisation")))
			.andExpect(jsonPath(mine("subject.label"), contains(organisation.getName())))
			.andExpect(jsonPath(mine("subject.link"), contains("/organisations/" + organisation.getId())))
			.andExpect(jsonPath(mine("created"), contains(created.toString())))
			.andExpect(jsonPath(mine("due"), contains((Object) null)))
			.andExpect(jsonPath(mine("assignee"), contains((Object) null)));
	}

	@Test
	void ngoTaskHasTheReplyDeadlineAsDueDate() throws Exception {
		complete(manager, verify, "{\"decision\":\"requestInformation\",\"note\":\"Send the board list\"}")
			.andExpect(status().isNoContent());
		Task reply = openTask();
		Instant due = reply.getDueDate().toInstant();
		assertThat(due).isCloseTo(Instant.now().plus(14, ChronoUnit.DAYS), org.assertj.core.api.Assertions.within(
				1, ChronoUnit.MINUTES));
		as(ngo, get("/api/tasks/" + reply.getId())).andExpect(status().isOk())
			.andExpect(jsonPath("$.taskKey").value("provideInformation"))
			.andExpect(jsonPath("$.subject.label").value(organisation.getName()))
			.andExpect(jsonPath("$.due").value(due.toString()))
			.andExpect(jsonPath("$.created").isNotEmpty());
	}

	@Test
	void claimAndUnclaim() throws Exception {
		as(manager, post("/api/tasks/" + verify + "/claim")).andExpect(status().isNoContent());
		as(manager, get("/api/tasks/" + verify)).andExpect(jsonPath("$.assignee").value(manager));
		assertThat(openTask().getAssignee()).isEqualTo(manager);

		// A colleague no longer sees it offered, and cannot take it over.
		as(colleague, get("/api/tasks").param("q", organisation.getName())).andExpect(jsonPath("$[*].id", not(hasItem(verify))));
		conflict(as(colleague, post("/api/tasks/" + verify + "/claim")));
		conflict(as(colleague, post("/api/tasks/" + verify + "/unclaim")));
		conflict(complete(colleague, verify, "{\"decision\":\"approve\"}"));
		assertThat(openTask().getAssignee()).isEqualTo(manager);

		as(manager, post("/api/tasks/" + verify + "/unclaim")).andExpect(status().isNoContent());
		assertThat(openTask().getAssignee()).isNull();
		conflict(as(manager, post("/api/tasks/" + verify + "/unclaim")));
		as(colleague, get("/api/tasks").param("q", organisation.getName())).andExpect(jsonPath("$[*].id", hasItem(verify)));
	}

	@Test
	void completeApprovesTheOrganisation() throws Exception {
		complete(manager, verify, "{\"decision\":\"approve\"}").andExpect(status().isNoContent());

		assertThat(organisations.get(organisation.getId()).getStatus()).isEqualTo(OrganisationStatus.VERIFIED);
		assertThat(organisations.get(organisation.getId()).getVerifiedBy()).isEqualTo(manager);
		as(manager, get("/api/tasks/" + verify)).andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		as(manager, get("/api/tasks")).andExpect(jsonPath("$[*].id", not(hasItem(verify))));
	}

	@Test
	void completeAClaimedTaskAndTheReplyLoop() throws Exception {
		as(manager, post("/api/tasks/" + verify + "/claim")).andExpect(status().isNoContent());
		complete(manager, verify, "{\"decision\":\"requestInformation\",\"note\":\"Who audits you?\"}")
			.andExpect(status().isNoContent());
		String reply = openTask().getId();
		as(ngo, post("/api/tasks/" + reply + "/claim")).andExpect(status().isNoContent());
		complete(ngo, reply, "{\"note\":\"Smith & Co, since 2019\"}").andExpect(status().isNoContent());

		Organisation answered = organisations.get(organisation.getId());
		assertThat(answered.getStatus()).isEqualTo(OrganisationStatus.PENDING);
		assertThat(answered.getInfoReply()).isEqualTo("Smith & Co, since 2019");
		assertThat(organisations.history(organisation.getId())).last()
			.satisfies(e -> assertThat(e.getActor()).isEqualTo(ngo));
		assertThat(openTask().getTaskDefinitionKey()).isEqualTo("verifyOrganisation");
		assertThat(openTask().getAssignee()).isNull();
	}

	@Test
	void userWithoutRolesHasAnEmptyTaskList() throws Exception {
		String newcomer = TestData.unique("api_none");
		TestData.staff(users, newcomer);
		as(newcomer, get("/api/tasks")).andExpect(status().isOk()).andExpect(content().json("[]"));
		as(newcomer, get("/tasks")).andExpect(status().isOk());
		as(newcomer, get("/api/tasks/" + verify)).andExpect(status().isForbidden());
	}

	@Test
	void unknownTaskIsNotFound() throws Exception {
		as(manager, get("/api/tasks/no-such-task")).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.status").value(404));
		as(manager, post("/api/tasks/no-such-task/claim")).andExpect(status().isNotFound());
	}

	private Task openTask() {
		return tasks.createTaskQuery().processDefinitionKey(OnboardingProcess.KEY)
			.processInstanceBusinessKey(organisation.getId().toString()).singleResult();
	}

	private String mine(String field) {
		// Grants, sessions and reserve lists number their business keys too: the process key tells them apart.
		return "$[?(@.businessKey == '" + organisation.getId() + "' && @.processKey == '" + OnboardingProcess.KEY
				+ "')]." + field;
	}

	private ResultActions complete(String username, String taskId, String json) throws Exception {
		return as(username, post("/api/tasks/" + taskId + "/complete").contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	private ResultActions as(String username, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(httpBasic(username, TestData.PASSWORD)));
	}

	private static void conflict(ResultActions result) throws Exception {
		result.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}
}
