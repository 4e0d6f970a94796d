package org.trustfund.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.trustfund.IntegrationTest;
import org.trustfund.TestData;
import org.trustfund.organisations.OrganisationService;
import org.trustfund.users.Role;
import org.trustfund.users.UserService;

/**
 * Who gets into which page and API, one test per role over every URL of the application. The Camunda
 * webapps and REST API are served by servlets and filters that MockMvc does not run: see
 * {@link CamundaWebappsSecurityTest}.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityRolesTest {

	private static final String ANY = "ngo,reviewer,fundmanager,trustee,boardchair,admin";
	private static final String STAFF = "fundmanager,admin";
	private static final String OWN = "{own}";

	/** Every URL, and the roles that may open it. "{own}" is the NGO member's organisation. */
	private static final Map<String, String> ACCESS = Map.ofEntries(
			Map.entry("/", ANY),
			Map.entry("/tasks", ANY),
			Map.entry("/organisations", "ngo," + STAFF),
			Map.entry("/organisations/" + OWN, "ngo," + STAFF),
			Map.entry("/messages", ANY),
			Map.entry("/admin/users", "admin"),
			Map.entry("/api/tasks", ANY),
			Map.entry("/api/organisations", STAFF),
			Map.entry("/api/organisations/" + OWN, "ngo," + STAFF),
			Map.entry("/api/admin/users", "admin"),
			Map.entry("/api/messages", ANY),
			Map.entry("/actuator/health", ANY),
			Map.entry("/actuator/metrics", "admin"),
			Map.entry("/v3/api-docs", ANY),
			Map.entry("/swagger-ui.html", ANY));

	@Autowired
	MockMvc mvc;
	@Autowired
	UserService users;
	@Autowired
	OrganisationService organisations;

	private final Map<String, String> usernames = new HashMap<>();
	private long ownOrganisation;

	@BeforeAll
	void createOneUserPerRole() {
		String ngo = TestData.unique("sec_ngo");
		ownOrganisation = organisations.signUp(TestData.signUp(ngo), TestData.pdf()).getId();
		usernames.put("ngo", ngo);
		staff("reviewer", Role.REVIEWER);
		staff("fundmanager", Role.FUND_MANAGER);
		staff("trustee", Role.TRUSTEE);
		staff("boardchair", Role.TRUSTEE, Role.BOARD_CHAIR);
		staff("admin", Role.ADMIN);
	}

	private void staff(String role, Role... roles) {
		String username = TestData.unique("sec_" + role);
		TestData.staff(users, username, roles);
		usernames.put(role, username);
	}

	static Stream<String> urls() {
		return ACCESS.keySet().stream().sorted();
	}

	/** What /actuator/health tells anyone: the status and the names of the probe groups, nothing more. */
	private static final String HEALTH = "{\"status\":\"UP\",\"groups\":[\"liveness\",\"readiness\"]}";

	@ParameterizedTest(name = "{0}")
	@MethodSource("urls")
	void anonymous(String url) throws Exception {
		if (url.equals("/actuator/health")) {
			// Status and the names of the probe groups (liveness, readiness), never components or details.
			mvc.perform(get(url)).andExpect(status().isOk()).andExpect(content().json(HEALTH, true));
		}
		else if (isApi(url)) {
			mvc.perform(get(resolve(url))).andExpect(status().isUnauthorized())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.status").value(401))
				// No Basic challenge: a browser would ask for a password and then send it cross-site too.
				.andExpect(header().doesNotExist("WWW-Authenticate"));
		}
		else {
			mvc.perform(get(resolve(url))).andExpect(status().isFound())
				.andExpect(redirectedUrl("http://localhost/login"));
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

	private void check(String role, String url) throws Exception {
		boolean allowed = Set.of(ACCESS.get(url).split(",")).contains(role);
		MvcResult result = mvc.perform(get(resolve(url)).with(httpBasic(usernames.get(role), TestData.PASSWORD)))
			.andReturn();
		int status = result.getResponse().getStatus();
		if (!allowed) {
			assertThat(status).as("%s as %s", url, role).isEqualTo(403);
			if (isApi(url)) {
				assertThat(result.getResponse().getContentType()).as("%s as %s", url, role)
					.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			}
			return;
		}
		if (url.equals("/organisations") && role.equals("ngo")) {
			assertThat(status).isEqualTo(302);
			assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/organisations/" + ownOrganisation);
		}
		else if (url.equals("/swagger-ui.html")) {
			assertThat(status).isEqualTo(302);
			assertThat(result.getResponse().getRedirectedUrl()).endsWith("/swagger-ui/index.html");
		}
		else {
			assertThat(status).as("%s as %s", url, role).isEqualTo(200);
			assertThat(result.getResponse().getContentType()).as("%s as %s", url, role)
				.startsWith(isApi(url) ? "application/" : MediaType.TEXT_HTML_VALUE);
		}
		if (url.equals("/actuator/health")) {
			assertThat(result.getResponse().getContentAsString()).isEqualTo(HEALTH);
		}
	}

	@Test
	void disabledUserCannotLogIn() throws Exception {
		String username = TestData.unique("sec_disabled");
		TestData.staff(users, username, Role.FUND_MANAGER);
		mvc.perform(get("/api/tasks").with(httpBasic(username, TestData.PASSWORD))).andExpect(status().isOk());

		users.update(username, "Disabled", null, EnumSet.of(Role.FUND_MANAGER), null, false);

		mvc.perform(get("/api/tasks").with(httpBasic(username, TestData.PASSWORD)))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/tasks").with(httpBasic(username, TestData.PASSWORD))).andExpect(status().isUnauthorized());
		mvc.perform(formLogin().user(username).password(TestData.PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void wrongPasswordIsRefused() throws Exception {
		mvc.perform(get("/api/tasks").with(httpBasic(usernames.get("admin"), "not-the-password")))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void formLoginOpensASession() throws Exception {
		MockHttpSession session = login("reviewer");
		mvc.perform(get("/tasks").session(session)).andExpect(status().isOk());
		mvc.perform(post("/logout").session(session).with(csrf()).accept(MediaType.TEXT_HTML))
			.andExpect(redirectedUrl("/login?logout"));
		mvc.perform(get("/tasks").session(session)).andExpect(redirectedUrl("http://localhost/login"));
	}

	@Test
	void pagePostWithoutCsrfTokenIsRefused() throws Exception {
		MockHttpSession session = login("fundmanager");
		mvc.perform(post("/logout").session(session)).andExpect(status().isForbidden());
		mvc.perform(post("/tasks/no-such-task/claim").session(session)).andExpect(status().isForbidden());
		mvc.perform(multipart("/signup").file(TestData.pdfPart())).andExpect(status().isForbidden());
		// With the token the same request reaches the application (and finds no such task).
		mvc.perform(post("/tasks/no-such-task/claim").session(session).with(csrf()))
			.andExpect(status().isNotFound());
	}

	/** Why {@link CamundaWebappsSecurityTest} needs a real server: past Spring Security, MockMvc ends here. */
	@Test
	void camundaWebappsAndRestApiAreBeyondMockMvc() throws Exception {
		for (String url : List.of("/engine-rest/engine", "/camunda/app/cockpit/default/")) {
			mvc.perform(get(url).with(httpBasic(usernames.get("admin"), TestData.PASSWORD)))
				.andExpect(status().isNotFound());
		}
	}

	private MockHttpSession login(String role) throws Exception {
		return TestData.login(mvc, usernames.get(role));
	}

	private String resolve(String url) {
		return url.replace(OWN, Long.toString(ownOrganisation));
	}

	private static boolean isApi(String url) {
		return url.startsWith("/api/") || url.startsWith("/actuator/") || url.startsWith("/v3/");
	}
}
