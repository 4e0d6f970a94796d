package org.trustfund.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trustfund.ServerTest;
import org.trustfund.TestData;
import org.trustfund.organisations.OrganisationService;
import org.trustfund.users.Role;
import org.trustfund.users.UserService;

/**
 * Camunda's webapps and REST API as each role, over real HTTP: Camunda registers their servlets and
 * filters on the servlet container itself, so MockMvc never reaches them (its requests end in Spring's
 * DispatcherServlet). Spring Security decides first (login, role), then Camunda's own authorizations.
 * Administrators operate the engine, fund managers read; every other role is refused with 403 (problem
 * details on the APIs, the site's error page for the webapps' pages asked by a client accepting HTML), and so
 * is everyone at the user and group directory except administrators.
 */
@ServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CamundaWebappsSecurityTest {

	private static final String OPERATORS = "fundmanager,admin";

	/** Camunda URLs (GET), and the roles that may open them. */
	private static final Map<String, String> ACCESS = Map.ofEntries(
			Map.entry("/engine-rest/engine", OPERATORS),
			Map.entry("/engine-rest/task", OPERATORS),
			Map.entry("/engine-rest/process-definition", OPERATORS),
			Map.entry("/engine-rest/history/process-instance", OPERATORS),
			Map.entry("/engine-rest/decision-definition", OPERATORS),
			Map.entry("/camunda/api/engine/engine/default/process-definition", OPERATORS),
			Map.entry("/camunda/app/welcome/default/", OPERATORS),
			Map.entry("/camunda/app/cockpit/default/", OPERATORS),
			Map.entry("/camunda/app/tasklist/default/", "admin"),
			Map.entry("/camunda/app/admin/default/", "admin"),
			Map.entry("/camunda/api/engine/engine/default/filter", OPERATORS),
			// The directory: names, e-mails and memberships of every user.
			Map.entry("/engine-rest/user", "admin"),
			Map.entry("/engine-rest/group", "admin"),
			Map.entry("/engine-rest/identity/groups?userId=x", "admin"),
			Map.entry("/engine-rest/engine/default/user", "admin"),
			Map.entry("/camunda/api/engine/engine/default/user", "admin"),
			Map.entry("/camunda/api/engine/engine/default/group", "admin"),
			Map.entry("/camunda/api/engine/engine/default/identity/groups?userId=x", "admin"));

	@LocalServerPort
	int port;
	@Autowired
	UserService users;
	@Autowired
	OrganisationService organisations;
	@Autowired
	AuthorizationService authorizations;

	private final HttpClient http = HttpClient.newHttpClient();
	private final Map<String, String> usernames = new HashMap<>();

	@BeforeAll
	void createOneUserPerRole() {
		String ngo = TestData.unique("cam_ngo");
		organisations.signUp(TestData.signUp(ngo), TestData.pdf());
		usernames.put("ngo", ngo);
		staff("reviewer", Role.REVIEWER);
		staff("fundmanager", Role.FUND_MANAGER);
		staff("trustee", Role.TRUSTEE);
		staff("boardchair", Role.TRUSTEE, Role.BOARD_CHAIR);
		staff("admin", Role.ADMIN);
	}

	private void staff(String role, Role... roles) {
		String username = TestData.unique("cam_" + role);
		TestData.staff(users, username, roles);
		usernames.put(role, username);
	}

	static Stream<String> urls() {
		return ACCESS.keySet().stream().sorted();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("urls")
	void anonymous(String url) throws Exception {
		HttpResponse<String> response = get(url, null);
		if (url.startsWith("/engine-rest/") || url.startsWith("/camunda/api/")) {
			assertThat(response.statusCode()).isEqualTo(401);
			assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
					type -> assertThat(type).startsWith("application/problem+json"));
		}
		else {
			assertThat(response.statusCode()).isEqualTo(302);
			assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
					location -> assertThat(location).endsWith("/login"));
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("urls")
	void ngoMember(String url) throws Exception {
		check("ngo", url);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("urls")
	void reviewer(String url) throws Exception {
		check("reviewer", url);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("urls")
	void fundManager(String url) throws Exception {
		check("fundmanager", url);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("urls")
	void trustee(String url) throws Exception {
		check("trustee", url);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("urls")
	void boardChair(String url) throws Exception {
		check("boardchair", url);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("urls")
	void administrator(String url) throws Exception {
		check("admin", url);
	}

	@Test
	void fundManagerSeesVerificationTasksThroughTheRestApi() throws Exception {
		HttpResponse<String> response = get("/engine-rest/task?taskDefinitionKey=verifyOrganisation",
				usernames.get("fundmanager"));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"taskDefinitionKey\":\"verifyOrganisation\"");
	}

	/**
	 * Camunda's own login check, as the webapps make it after a page load (the page's request stores the
	 * login in the session, the app's calls then find it there): the apps each operator may open; other
	 * roles do not even get the login check.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("roles")
	void camundaKnowsTheOperatorsAndTheirApps(String role) throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		boolean operator = Set.of(OPERATORS.split(",")).contains(role);
		assertThat(get(browser, "/camunda/app/welcome/default/", usernames.get(role)).statusCode())
			.isEqualTo(operator ? 200 : 403);
		HttpResponse<String> response = get(browser, "/camunda/api/admin/auth/user/default", usernames.get(role));
		assertThat(response.statusCode()).isEqualTo(operator ? 200 : 403);
		if (!operator) {
			return;
		}
		assertThat(response.body()).contains("\"userId\":\"" + usernames.get(role) + "\"");
		for (String app : List.of("cockpit", "tasklist", "admin")) {
			boolean allowed = Set.of(ACCESS.get("/camunda/app/" + app + "/default/").split(",")).contains(role);
			assertThat(response.body().contains("\"" + app + "\"")).as("%s may open %s: %s", role, app,
					response.body()).isEqualTo(allowed);
		}
	}

	/** Earlier versions gave the staff roles Tasklist and a shared "My tasks" filter; taken back at start. */
	@Test
	void noRoleButAdministratorsHasTasklistOrFilterGrants() {
		for (String group : List.of(Role.FUND_MANAGER.groupId(), Role.REVIEWER.groupId(), Role.TRUSTEE.groupId(),
				Role.BOARD_CHAIR.groupId(), Role.NGO_MEMBER.groupId())) {
			assertThat(authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(Resources.APPLICATION)
				.resourceId("tasklist").count()).as(group).isZero();
			assertThat(authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(Resources.FILTER)
				.count()).as(group).isZero();
		}
	}

	static Stream<String> roles() {
		return Stream.of("ngo", "reviewer", "fundmanager", "trustee", "boardchair", "admin");
	}

	private void check(String role, String url) throws Exception {
		boolean allowed = Set.of(ACCESS.get(url).split(",")).contains(role);
		HttpResponse<String> response = get(url, usernames.get(role));
		assertThat(response.statusCode()).as("%s as %s: %s", url, role, response.body()).isEqualTo(allowed ? 200 : 403);
		if (!allowed) {
			// the webapps' pages, asked by a client accepting HTML, get the site's 403 page; their APIs problem details
			String expected = url.startsWith("/camunda/app/") ? "text/html" : "application/problem+json";
			assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
					type -> assertThat(type).as(url).startsWith(expected));
		}
		if (allowed && url.startsWith("/camunda/app/")) {
			assertThat(response.body()).contains("<base href=\"/camunda/app/");
		}
		if (allowed && url.equals("/engine-rest/engine")) {
			assertThat(response.body()).contains("\"name\":\"default\"");
		}
	}

	private HttpResponse<String> get(String url, String username) throws Exception {
		return get(http, url, username);
	}

	private HttpResponse<String> get(HttpClient client, String url, String username) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + url))
			.header("Accept", "text/html,application/json");
		if (username != null) {
			String credentials = username + ":" + TestData.PASSWORD;
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}
}
