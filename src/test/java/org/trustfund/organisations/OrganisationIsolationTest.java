package org.trustfund.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
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
import org.trustfund.proposals.ReviewSteps;
import org.trustfund.users.Role;
import org.trustfund.users.UserService;

/** An NGO member sees and acts on their own organisation only; the fund manager sees every case. */
@IntegrationTest
class OrganisationIsolationTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	OrganisationService organisations;
	@Autowired
	UserService users;
	@Autowired
	TaskService tasks;
	@Autowired
	ReviewSteps steps;

	private String ngo1;
	private String ngo2;
	private String fundManager;
	private Organisation org1;
	private Organisation org2;
	private String task1;
	private String task2;

	/** Two NGOs, each asked for more information, so that each has a task of its own. */
	@BeforeEach
	void twoNgosWithATaskEach() {
		ngo1 = TestData.unique("iso_ngo");
		ngo2 = TestData.unique("iso_ngo");
		fundManager = TestData.unique("iso_fm");
		TestData.staff(users, fundManager, Role.FUND_MANAGER);
		org1 = organisations.signUp(TestData.signUp(ngo1), TestData.pdf());
		org2 = organisations.signUp(TestData.signUp(ngo2), TestData.pdf());
		task1 = askForInformation(org1);
		task2 = askForInformation(org2);
	}

	private String askForInformation(Organisation org) {
		steps.complete(openTask(org), fundManager, Map.of("decision", "requestInformation", "note",
				"Please send your statutes"));
		return openTask(org).getId();
	}

	private Task openTask(Organisation org) {
		return tasks.createTaskQuery().processDefinitionKey(OnboardingProcess.KEY).processInstanceBusinessKey(org.getId().toString()).singleResult();
	}

	@Test
	void eachNgoListsOnlyItsOwnOrganisationsTask() throws Exception {
		as(ngo1, get("/api/tasks")).andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", contains(task1)))
			.andExpect(jsonPath("$[*].businessKey", everyItem(is(org1.getId().toString()))));
		as(ngo2, get("/api/tasks")).andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", contains(task2)))
			.andExpect(jsonPath("$[*].businessKey", everyItem(is(org2.getId().toString()))));
		as(ngo1, get("/tasks")).andExpect(status().isOk())
			.andExpect(content().string(containsString("/tasks/" + task1)))
			.andExpect(content().string(not(containsString("/tasks/" + task2))));
	}

	@Test
	void ngoCannotSeeClaimOrCompleteAnotherNgosTask() throws Exception {
		forbiddenProblem(as(ngo1, get("/api/tasks/" + task2)));
		forbiddenProblem(as(ngo1, post("/api/tasks/" + task2 + "/claim")));
		forbiddenProblem(as(ngo1, post("/api/tasks/" + task2 + "/unclaim")));
		forbiddenProblem(as(ngo1, post("/api/tasks/" + task2 + "/complete").contentType(MediaType.APPLICATION_JSON)
			.content("{\"note\":\"Here are NGO 2's statutes\"}")));
		as(ngo1, get("/tasks/" + task2)).andExpect(status().isForbidden());
		as(ngo1, post("/tasks/" + task2 + "/claim").with(csrf())).andExpect(status().isForbidden());
		as(ngo1, post("/tasks/" + task2 + "/complete").with(csrf()).param("note", "Here are NGO 2's statutes"))
			.andExpect(status().isForbidden());

		Task untouched = tasks.createTaskQuery().taskId(task2).singleResult();
		assertThat(untouched.getAssignee()).isNull();
		assertThat(organisations.get(org2.getId()).getStatus())
			.isEqualTo(OrganisationStatus.INFORMATION_REQUESTED);
	}

	@Test
	void ngoCannotActOnTheFundManagersVerificationTask() throws Exception {
		Organisation pending = organisations.signUp(TestData.signUp(TestData.unique("iso_ngo")), TestData.pdf());
		String verify = openTask(pending).getId();
		forbiddenProblem(as(ngo1, get("/api/tasks/" + verify)));
		forbiddenProblem(as(ngo1, post("/api/tasks/" + verify + "/complete").contentType(MediaType.APPLICATION_JSON)
			.content("{\"decision\":\"approve\"}")));
		assertThat(organisations.get(pending.getId()).getStatus())
			.isEqualTo(OrganisationStatus.PENDING);
	}

	@Test
	void ngoCannotReadAnotherNgosOrganisationOrDocuments() throws Exception {
		long document = organisations.documents(org2.getId()).get(0).getId();
		as(ngo1, get("/organisations/" + org2.getId())).andExpect(status().isForbidden());
		forbiddenProblem(as(ngo1, get("/api/organisations/" + org2.getId())));
		as(ngo1, get("/organisations/" + org2.getId() + "/documents/" + document)).andExpect(status().isForbidden());
		as(ngo1, multipart("/organisations/" + org2.getId() + "/documents").file(TestData.pdfPart()).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(organisations.documents(org2.getId())).hasSize(1);

		// Their own organisation, and its document, they can read.
		long own = organisations.documents(org1.getId()).get(0).getId();
		as(ngo1, get("/organisations/" + org1.getId())).andExpect(status().isOk());
		as(ngo1, get("/api/organisations/" + org1.getId())).andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value(org1.getName()));
		as(ngo1, get("/api/organisations/mine")).andExpect(jsonPath("$.id").value(org1.getId()));
		as(ngo1, get("/organisations/" + org1.getId() + "/documents/" + own)).andExpect(status().isOk())
			.andExpect(content().bytes(TestData.pdfBytes()));
	}

	@Test
	void invalidAnswerGivesFieldErrorsAndLeavesTheTaskOpen() throws Exception {
		as(ngo1, post("/api/tasks/" + task1 + "/complete").contentType(MediaType.APPLICATION_JSON)
			.content("{\"note\":\"   \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors.note").value("Write your answer to the secretariat's question"));
		as(ngo1, post("/api/tasks/" + task1 + "/complete").contentType(MediaType.APPLICATION_JSON)
			.content("{\"note\":\"" + "x".repeat(2001) + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.note").value("At most 2000 characters"));
		as(ngo1, post("/tasks/" + task1 + "/complete").with(csrf()).param("note", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"note-error\"")));

		as(ngo1, get("/api/tasks/" + task1)).andExpect(status().isOk()).andExpect(jsonPath("$.assignee").isEmpty());
		assertThat(organisations.get(org1.getId()).getStatus())
			.isEqualTo(OrganisationStatus.INFORMATION_REQUESTED);
	}

	@Test
	void invalidDecisionGivesFieldErrors() throws Exception {
		Organisation pending = organisations.signUp(TestData.signUp(TestData.unique("iso_ngo")), TestData.pdf());
		String verify = openTask(pending).getId();
		as(fundManager, post("/api/tasks/" + verify + "/complete").contentType(MediaType.APPLICATION_JSON)
			.content("{\"decision\":\"maybe\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.decision").exists());
		as(fundManager, post("/api/tasks/" + verify + "/complete").contentType(MediaType.APPLICATION_JSON)
			.content("{\"decision\":\"reject\",\"note\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.note").value("Give the reason for the rejection: the NGO will read it"));
		as(fundManager, get("/api/tasks/" + verify)).andExpect(status().isOk());
		assertThat(organisations.get(pending.getId()).getStatus())
			.isEqualTo(OrganisationStatus.PENDING);
	}

	@Test
	void fundManagerSeesVerificationTasksWithTheOrganisationsNameAndLink() throws Exception {
		Organisation pending = organisations.signUp(
				TestData.signUp(TestData.unique("iso_ngo"), "Casa Esperanza Legal Aid"), TestData.pdf());
		// Other processes (grants, sessions) number their business keys too: the process key tells them apart.
		String key = pending.getId().toString() + "' && @.processKey == '" + OnboardingProcess.KEY;
		// narrowed by the search: the shared test database holds other tests' tasks
		as(fundManager, get("/api/tasks").param("q", "Casa Esperanza Legal Aid").param("size", "200")).andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.businessKey == '" + key + "')]", hasSize(1)))
			.andExpect(jsonPath("$[?(@.businessKey == '" + key + "')].taskKey", contains("verifyOrganisation")))
			.andExpect(jsonPath("$[?(@.businessKey == '" + key + "')].subject.label",
					contains("Casa Esperanza Legal Aid")))
			.andExpect(jsonPath("$[?(@.businessKey == '" + key + "')].subject.link",
					contains("/organisations/" + pending.getId())))
			// NGOs' own tasks are not the fund manager's.
			.andExpect(jsonPath("$[*].id", not(hasItem(task1))));
		as(fundManager, get("/tasks")).andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"<a href=\"/organisations/" + pending.getId() + "\">Casa Esperanza Legal Aid</a>")));
	}

	private ResultActions as(String username, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(httpBasic(username, TestData.PASSWORD)));
	}

	private static void forbiddenProblem(ResultActions result) throws Exception {
		result.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(403));
	}
}
