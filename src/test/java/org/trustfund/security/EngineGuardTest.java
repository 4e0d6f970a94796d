package org.trustfund.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.trustfund.ServerTest;
import org.trustfund.TestData;
import org.trustfund.organisations.OnboardingProcess;
import org.trustfund.organisations.Organisation;
import org.trustfund.organisations.OrganisationService;
import org.trustfund.tasks.TaskListService;
import org.trustfund.users.Role;
import org.trustfund.users.UserService;

/**
 * The engine guard seen from outside: an administrator, who has every Camunda authorization, changes no
 * business task or process data through Camunda's REST API ({@code /engine-rest}) or the webapps' engine
 * API ({@code /camunda/api/engine/engine/default}); operating the engine (reading history, retrying and
 * executing jobs) still works, and so does the application's own task list.
 */
@ServerTest
class EngineGuardTest {

	private static final String MESSAGE = "Business tasks and process data change only through the application's task list";

	@LocalServerPort
	int port;
	@Autowired
	UserService users;
	@Autowired
	OrganisationService organisations;
	@Autowired
	TaskListService taskList;
	@Autowired
	UserDetailsService userDetails;
	@Autowired
	TaskService tasks;
	@Autowired
	RuntimeService runtime;
	@Autowired
	ManagementService management;
	@Autowired
	HistoryService history;

	private CamundaHttp admin;
	private String fundManager;
	private ProcessInstance onboarding;
	private Task verify;

	@BeforeEach
	void anOrganisationWaitingForVerification() {
		String adminName = TestData.unique("guard_admin");
		TestData.staff(users, adminName, Role.ADMIN);
		admin = new CamundaHttp(port, adminName);
		fundManager = TestData.unique("guard_fm");
		TestData.staff(users, fundManager, Role.FUND_MANAGER);
		String ngo = TestData.unique("guard_ngo");
		Organisation organisation = organisations.signUp(TestData.signUp(ngo), TestData.pdf());
		onboarding = runtime.createProcessInstanceQuery().processDefinitionKey(OnboardingProcess.KEY)
			.variableValueEquals(OnboardingProcess.ORGANISATION_ID, organisation.getId()).singleResult();
		verify = tasks.createTaskQuery().processInstanceId(onboarding.getId())
			.taskDefinitionKey(OnboardingProcess.VERIFY_TASK).singleResult();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/engine-rest", "/camunda/api/engine/engine/default" })
	void administratorCompletesClaimsAndAssignsNoTask(String api) throws Exception {
		refused(admin.send("POST", api + "/task/" + verify.getId() + "/complete",
				"{\"variables\":{\"decision\":{\"value\":\"approve\"}}}"));
		refused(admin.send("POST", api + "/task/" + verify.getId() + "/submit-form", "{\"variables\":{}}"));
		refused(admin.send("POST", api + "/task/" + verify.getId() + "/claim", "{\"userId\":\"" + fundManager + "\"}"));
		refused(admin.send("POST", api + "/task/" + verify.getId() + "/assignee", "{\"userId\":\"" + fundManager + "\"}"));
		refused(admin.send("POST", api + "/task/" + verify.getId() + "/delegate", "{\"userId\":\"" + fundManager + "\"}"));
		refused(admin.send("DELETE", api + "/task/" + verify.getId(), null));

		Task after = tasks.createTaskQuery().taskId(verify.getId()).singleResult();
		assertThat(after).as("the task is still open").isNotNull();
		assertThat(after.getAssignee()).isNull();
		assertThat(after.getOwner()).isNull();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/engine-rest", "/camunda/api/engine/engine/default" })
	void administratorChangesNoVariable(String api) throws Exception {
		Object organisationId = runtime.getVariable(onboarding.getId(), OnboardingProcess.ORGANISATION_ID);
		String forged = "{\"value\":999999,\"type\":\"Long\"}";
		refused(admin.send("PUT", api + "/process-instance/" + onboarding.getId() + "/variables/organisationId", forged));
		refused(admin.send("POST", api + "/process-instance/" + onboarding.getId() + "/variables",
				"{\"modifications\":{\"organisationId\":" + forged + "}}"));
		refused(admin.send("DELETE", api + "/process-instance/" + onboarding.getId() + "/variables/organisationId", null));
		refused(admin.send("PUT", api + "/execution/" + onboarding.getId() + "/localVariables/organisationId", forged));
		refused(admin.send("PUT", api + "/task/" + verify.getId() + "/variables/decision", "{\"value\":\"approve\"}"));
		refused(admin.send("PUT", api + "/task/" + verify.getId() + "/localVariables/decision", "{\"value\":\"approve\"}"));
		refused(admin.send("POST", api + "/process-instance/variables-async",
				"{\"processInstanceIds\":[\"" + onboarding.getId() + "\"],\"variables\":{\"organisationId\":" + forged + "}}"));

		assertThat(runtime.getVariable(onboarding.getId(), OnboardingProcess.ORGANISATION_ID)).isEqualTo(organisationId);
		assertThat(tasks.getVariable(verify.getId(), OnboardingProcess.DECISION)).isNull();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/engine-rest", "/camunda/api/engine/engine/default" })
	void administratorMovesStartsAndDeletesNoProcessInstance(String api) throws Exception {
		refused(admin.send("POST", api + "/process-instance/" + onboarding.getId() + "/modification",
				"{\"instructions\":[{\"type\":\"cancel\",\"activityId\":\"verifyOrganisation\"}]}"));
		refused(admin.send("DELETE", api + "/process-instance/" + onboarding.getId(), null));
		refused(admin.send("POST", api + "/process-instance/delete",
				"{\"processInstanceIds\":[\"" + onboarding.getId() + "\"],\"deleteReason\":\"x\"}"));
		refused(admin.send("POST", api + "/process-definition/key/" + OnboardingProcess.KEY + "/start",
				"{\"variables\":{}}"));
		refused(admin.send("POST", api + "/message",
				"{\"messageName\":\"anything\",\"processInstanceId\":\"" + onboarding.getId() + "\"}"));
		refused(admin.send("POST", api + "/signal", "{\"name\":\"anything\"}"));

		assertThat(runtime.createProcessInstanceQuery().processInstanceId(onboarding.getId()).count()).isEqualTo(1);
		assertThat(tasks.createTaskQuery().taskId(verify.getId()).count()).isEqualTo(1);
		assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(OnboardingProcess.KEY)
			.variableValueEquals(OnboardingProcess.ORGANISATION_ID, runtime.getVariable(onboarding.getId(),
					OnboardingProcess.ORGANISATION_ID)).count()).as("no second onboarding started").isEqualTo(1);
	}

	/** The application asks for information (a timer job appears); the operator retries jobs but fires no timer early. */
	@Test
	void applicationCompletesTasksAndOperatorsStillRetryJobsAndReadHistory() throws Exception {
		taskList.complete(verify.getId(), Map.of(OnboardingProcess.DECISION, OnboardingProcess.REQUEST_INFORMATION,
				OnboardingProcess.NOTE, "Send the audited accounts"), (AppUser) userDetails.loadUserByUsername(fundManager));
		assertThat(tasks.createTaskQuery().taskId(verify.getId()).count()).as("completed by the application").isZero();
		Job timer = management.createJobQuery().processInstanceId(onboarding.getId()).timers().list().get(0);
		Date due = timer.getDuedate();

		refused(admin.send("PUT", "/engine-rest/job/" + timer.getId() + "/duedate", "{\"duedate\":\"2030-01-01T00:00:00.000+0000\"}"));
		assertThat(management.createJobQuery().jobId(timer.getId()).singleResult().getDuedate()).isEqualTo(due);
		// Executing the reply-deadline timer now would cut the NGO's time short: refused, the timer stays.
		refused(admin.send("POST", "/engine-rest/job/" + timer.getId() + "/execute", null));
		assertThat(management.createJobQuery().jobId(timer.getId()).singleResult().getDuedate()).isEqualTo(due);

		management.setJobRetries(timer.getId(), 0);
		assertThat(admin.send("PUT", "/engine-rest/job/" + timer.getId() + "/retries", "{\"retries\":3}").statusCode())
			.isEqualTo(204);
		assertThat(management.createJobQuery().jobId(timer.getId()).singleResult().getRetries()).isEqualTo(3);
		assertThat(admin.send("PUT", "/camunda/api/engine/engine/default/job/" + timer.getId() + "/retries",
				"{\"retries\":2}").statusCode()).isEqualTo(204);
		assertThat(management.createJobQuery().jobId(timer.getId()).singleResult().getRetries()).isEqualTo(2);

		HttpResponse<String> historic = admin.get("/engine-rest/history/task?processInstanceId=" + onboarding.getId());
		assertThat(historic.statusCode()).isEqualTo(200);
		assertThat(historic.body()).contains("\"taskDefinitionKey\":\"verifyOrganisation\"");
		assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(onboarding.getId()).count()).isEqualTo(1);
	}

	/** Camunda's password check would guess passwords around the log-in throttle: it never says yes. */
	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/engine-rest", "/camunda/api/engine/engine/default" })
	void nobodyChecksPasswordsThroughTheEngine(String api) throws Exception {
		HttpResponse<String> verified = admin.send("POST", api + "/identity/verify",
				"{\"username\":\"" + fundManager + "\",\"password\":\"" + TestData.PASSWORD + "\"}");
		assertThat(verified.statusCode()).isEqualTo(200);
		assertThat(verified.body()).contains("\"authenticated\":false");
	}

	private static void refused(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.request().method() + " " + response.request().uri() + ": "
				+ response.body()).isEqualTo(403);
		assertThat(response.body()).contains(MESSAGE);
	}
}
