package org.trustfund.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trustfund.ServerTest;
import org.trustfund.TestData;
import org.trustfund.organisations.OnboardingProcess;
import org.trustfund.organisations.Organisation;
import org.trustfund.organisations.OrganisationService;
import org.trustfund.users.Role;
import org.trustfund.users.UserService;

/**
 * Writes and directory reads through both engine APIs, and spellings of Camunda paths meant to get
 * around the rules, as every role over real HTTP. Roles without a Camunda grant get 403 problem details
 * from Spring Security; fund managers (read-only) and administrators are refused writes by Spring
 * Security, Camunda's authorizations or the engine guard; nothing changes, and nothing answers 500.
 */
@ServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CamundaWritesAndPathsTest {

	private static final List<String> APIS = List.of("/engine-rest", "/camunda/api/engine/engine/default");

	@LocalServerPort
	int port;
	@Autowired
	UserService users;
	@Autowired
	OrganisationService organisations;
	@Autowired
	TaskService tasks;
	@Autowired
	RuntimeService runtime;

	private final Map<String, String> usernames = new HashMap<>();
	private String processInstanceId;
	private String taskId;
	private String definitionId;
	private Object organisationId;

	@BeforeAll
	void oneUserPerRoleAndAnOrganisationWaitingForVerification() {
		String ngo = TestData.unique("paths_ngo");
		Organisation organisation = organisations.signUp(TestData.signUp(ngo), TestData.pdf());
		usernames.put("ngo", ngo);
		staff("reviewer", Role.REVIEWER);
		staff("fundmanager", Role.FUND_MANAGER);
		staff("trustee", Role.TRUSTEE);
		staff("boardchair", Role.TRUSTEE, Role.BOARD_CHAIR);
		staff("admin", Role.ADMIN);
		organisationId = organisation.getId();
		processInstanceId = runtime.createProcessInstanceQuery().processDefinitionKey(OnboardingProcess.KEY)
			.variableValueEquals(OnboardingProcess.ORGANISATION_ID, organisation.getId()).singleResult().getId();
		definitionId = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult()
			.getProcessDefinitionId();
		taskId = tasks.createTaskQuery().processInstanceId(processInstanceId)
			.taskDefinitionKey(OnboardingProcess.VERIFY_TASK).singleResult().getId();
	}

	private void staff(String role, Role... roles) {
		String username = TestData.unique("paths_" + role);
		TestData.staff(users, username, roles);
		usernames.put(role, username);
	}

	static Stream<String> roles() {
		return Stream.of("ngo", "reviewer", "fundmanager", "trustee", "boardchair", "admin");
	}

	/** Method, path after the API's root, body: every one a business change. */
	private List<String[]> writes(String role) {
		String self = usernames.get(role);
		return List.of(
				new String[] { "POST", "/task/" + taskId + "/complete", "{\"variables\":{}}" },
				new String[] { "POST", "/task/" + taskId + "/claim", "{\"userId\":\"" + self + "\"}" },
				new String[] { "PUT", "/task/" + taskId + "/variables/decision", "{\"value\":\"approve\"}" },
				new String[] { "PUT", "/process-instance/" + processInstanceId + "/variables/organisationId",
						"{\"value\":1,\"type\":\"Long\"}" },
				new String[] { "POST", "/process-instance/" + processInstanceId + "/variables",
						"{\"modifications\":{\"organisationId\":{\"value\":1,\"type\":\"Long\"}}}" },
				new String[] { "DELETE", "/process-instance/" + processInstanceId, null },
				new String[] { "POST", "/message", "{\"messageName\":\"anything\"}" },
				// the audit trail, deleted directly or later: a batch deletion of the decisions' history, an
				// earlier removal time, a shorter time to live
				new String[] { "POST", "/history/decision-instance/delete",
						"{\"historicDecisionInstanceIds\":[\"x\"],\"deleteReason\":\"probe\"}" },
				new String[] { "POST", "/history/process-instance/set-removal-time",
						"{\"absoluteRemovalTime\":\"2020-01-01T00:00:00.000+0000\",\"historicProcessInstanceIds\":[\""
								+ processInstanceId + "\"]}" },
				new String[] { "PUT", "/process-definition/" + definitionId + "/history-time-to-live",
						"{\"historyTimeToLive\":0}" });
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("roles")
	void writesAreRefusedForEveryRole(String role) throws Exception {
		CamundaHttp http = new CamundaHttp(port, usernames.get(role));
		for (String api : APIS) {
			for (String[] write : writes(role)) {
				HttpResponse<String> response = http.send(write[0], api + write[1], write[2]);
				assertThat(response.statusCode()).as("%s %s%s as %s: %s", write[0], api, write[1], role,
						response.body()).isEqualTo(403);
				assertThat(response.headers().firstValue("Content-Type")).as("%s %s%s as %s", write[0], api,
						write[1], role).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
				assertThat(response.body()).as("names the refused request").contains("\"instance\":\"" + api);
			}
		}
	}

	@Test
	void badRequestsToTheEngineApisAreProblemDetailsNever500() throws Exception {
		CamundaHttp admin = new CamundaHttp(port, usernames.get("admin"));
		Object[][] cases = { { "PUT", "/engine-rest/job/zzz/retries", "{\"retries\":2}", List.of(400, 404) },
				{ "POST", "/engine-rest/task/" + taskId + "/attachment/create", null, List.of(400, 403) },
				{ "GET", "/engine-rest/task?maxResults=abc", null, List.of(400) },
				{ "GET", "/engine-rest/task/zzz", null, List.of(404) },
				{ "PUT", "/camunda/api/engine/engine/default/job/zzz/retries", "{\"retries\":2}", List.of(400, 404) } };
		for (Object[] c : cases) {
			HttpResponse<String> response = admin.send((String) c[0], (String) c[1], (String) c[2]);
			assertThat(response.statusCode()).as("%s %s: %s", c[0], c[1], response.body()).isIn((List<?>) c[3]);
			assertThat(response.headers().firstValue("Content-Type")).as("%s %s", c[0], c[1])
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
			assertThat(response.body()).contains("\"status\":" + response.statusCode())
				.contains("\"instance\":\"" + ((String) c[1]).replaceAll("\\?.*", "") + "\"");
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("roles")
	void directoryIsForAdministratorsOnly(String role) throws Exception {
		CamundaHttp http = new CamundaHttp(port, usernames.get(role));
		String other = usernames.get(role.equals("ngo") ? "trustee" : "ngo");
		for (String api : APIS) {
			for (String path : List.of("/user", "/group", "/user/" + other + "/profile", "/group/" + Role.ADMIN.groupId(),
					"/identity/groups?userId=" + other)) {
				HttpResponse<String> response = http.get(api + path);
				assertThat(response.statusCode()).as("%s%s as %s: %s", api, path, role, response.body())
					.isEqualTo(role.equals("admin") ? 200 : 403);
			}
		}
		if (role.equals("admin")) {
			assertThat(http.get("/engine-rest/user").body()).contains("\"id\":\"" + usernames.get("ngo") + "\"");
		}
		// Cockpit shows who is logged in: an operator (administrator, fund manager) reads their own profile
		HttpResponse<String> own = http.get("/camunda/api/engine/engine/default/user/" + usernames.get(role) + "/profile");
		assertThat(own.statusCode()).as("own profile as %s: %s", role, own.body())
			.isEqualTo(role.equals("admin") || role.equals("fundmanager") ? 200 : 403);
	}

	static Stream<Arguments> variants() {
		List<String> paths = List.of("/api/../engine-rest/task", "/engine-rest;x=1/task", "//engine-rest/task",
				"/engine-r%65st/task", "/engine-r%65st/user", "/%63amunda/app/tasklist/default/",
				"/camunda/app/../api/engine/engine/default/user", "/camunda;x=1/api/engine/engine/default/user",
				"/engine-rest/task/%2e%2e/user");
		return roles().flatMap(role -> paths.stream().map(path -> Arguments.of(role, path)));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("variants")
	void pathVariantsAreRefusedWithProblemDetails(String role, String path) throws Exception {
		for (String method : List.of("GET", "POST")) {
			String response = CamundaHttp.raw(port, method, path, usernames.get(role));
			assertThat(response).as("%s %s as %s", method, path, role).startsWith("403\n")
				.contains("application/problem+json");
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("roles")
	void encodedLettersAfterThePrefixMeetTheSameRules(String role) throws Exception {
		for (String path : List.of("/engine-rest/us%65r", "/camunda/api/engine/engine/default/gr%6fup")) {
			String response = CamundaHttp.raw(port, "GET", path, usernames.get(role));
			if (role.equals("admin")) {
				// Allowed through; Camunda's REST API then answers 200, or 404 where it does not decode.
				assertThat(response.substring(0, 3)).as("%s as %s", path, role).isIn("200", "404");
			}
			else {
				assertThat(response).as("%s as %s", path, role).startsWith("403\n").contains("application/problem+json");
			}
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("roles")
	void otherRejectedPathsAreBadRequests(String role) throws Exception {
		for (String path : List.of("/api/../tasks", "/tasks;x=1", "//tasks")) {
			String response = CamundaHttp.raw(port, "GET", path, usernames.get(role));
			assertThat(response).as("%s as %s", path, role).startsWith("400\n").contains("application/problem+json");
		}
	}

	@AfterEach
	void nothingChanged() {
		Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
		assertThat(task).as("the verification task is still open").isNotNull();
		assertThat(task.getAssignee()).isNull();
		assertThat(tasks.getVariable(taskId, OnboardingProcess.DECISION)).isNull();
		assertThat(runtime.getVariable(processInstanceId, OnboardingProcess.ORGANISATION_ID)).isEqualTo(organisationId);
	}
}
