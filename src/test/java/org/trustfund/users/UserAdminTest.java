package org.trustfund.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.trustfund.IntegrationTest;
import org.trustfund.TestData;

/** Administrators manage users through the API and the pages; passwords are BCrypt hashes, never shown. */
@IntegrationTest
class UserAdminTest {

	private static final String NEW_PASSWORD = "correct-horse-7";

	@Autowired
	MockMvc mvc;
	@Autowired
	UserService users;
	@Autowired
	UserAccounts accounts;
	@Autowired
	PasswordEncoder passwordEncoder;

	private String admin;
	private String username;

	@BeforeEach
	void administrator() {
		admin = TestData.unique("adm_admin");
		TestData.staff(users, admin, Role.ADMIN);
		username = TestData.unique("adm_user");
	}

	@Test
	void createsAUserWhoCanLogInAndWhosePasswordIsNeverShown() throws Exception {
		api(post("/api/admin/users"), """
				{"username":"%s","displayName":"Rosa Reviewer","email":"rosa@trustfund.example",
				 "roles":["REVIEWER"],"password":"%s"}""".formatted(username, NEW_PASSWORD))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/admin/users/" + username))
			.andExpect(jsonPath("$.username").value(username))
			.andExpect(jsonPath("$.roles", containsInAnyOrder("REVIEWER")))
			.andExpect(jsonPath("$.enabled").value(true))
			.andExpect(jsonPath("$.password").doesNotExist())
			.andExpect(jsonPath("$.passwordHash").doesNotExist());

		String hash = accounts.findById(username).orElseThrow().getPasswordHash();
		assertThat(hash).startsWith("$2a$").doesNotContain(NEW_PASSWORD);
		assertThat(passwordEncoder.matches(NEW_PASSWORD, hash)).isTrue();

		String list = asAdmin(get("/api/admin/users")).andExpect(status().isOk())
			.andExpect(jsonPath("$[*].username", hasItem(username)))
			.andReturn().getResponse().getContentAsString();
		assertThat(list).doesNotContain("$2a$").doesNotContainIgnoringCase("password");
		asAdmin(get("/api/admin/users/" + username)).andExpect(jsonPath("$.displayName").value("Rosa Reviewer"));

		mvc.perform(get("/api/tasks").with(httpBasic(username, NEW_PASSWORD))).andExpect(status().isOk());
	}

	@Test
	void editsAndDisablesAUser() throws Exception {
		TestData.staff(users, username, Role.REVIEWER);
		api(put("/api/admin/users/" + username), """
				{"displayName":"Rosa R.","email":"rosa.r@trustfund.example","roles":["TRUSTEE","BOARD_CHAIR"],
				 "enabled":true}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.displayName").value("Rosa R."))
			.andExpect(jsonPath("$.roles", containsInAnyOrder("TRUSTEE", "BOARD_CHAIR")));
		assertThat(users.get(username).getRoles()).containsExactlyInAnyOrder(Role.TRUSTEE, Role.BOARD_CHAIR);

		api(put("/api/admin/users/" + username), """
				{"displayName":"Rosa R.","email":"rosa.r@trustfund.example","roles":["TRUSTEE"],"enabled":false}""")
			.andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(false));

		mvc.perform(get("/api/tasks").with(httpBasic(username, TestData.PASSWORD))).andExpect(status().isUnauthorized());
		mvc.perform(formLogin().user(username).password(TestData.PASSWORD)).andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void disablingAUserEndsTheirOpenSession() throws Exception {
		String username = TestData.unique("session");
		TestData.staff(users, username, Role.REVIEWER);
		MockHttpSession session = TestData.login(mvc, username);
		mvc.perform(get("/tasks").session(session)).andExpect(status().isOk());

		UserAccount user = users.get(username);
		users.update(username, user.getDisplayName(), user.getEmail(), user.getRoles(), null, false);

		mvc.perform(get("/tasks").session(session)).andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("**/login"));
		mvc.perform(get("/api/tasks").session(session)).andExpect(status().isUnauthorized());
	}

	@Test
	void changesAPassword() throws Exception {
		TestData.staff(users, username, Role.REVIEWER);
		api(post("/api/admin/users/" + username + "/password"), "{\"password\":\"short\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.password").exists());
		api(post("/api/admin/users/" + username + "/password"), "{\"password\":\"" + NEW_PASSWORD + "\"}")
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/tasks").with(httpBasic(username, TestData.PASSWORD))).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/tasks").with(httpBasic(username, NEW_PASSWORD))).andExpect(status().isOk());
	}

	@Test
	void invalidInputGivesProblemDetailsWithFieldErrorsAndCreatesNothing() throws Exception {
		invalid("""
				{"username":"%s","displayName":"Ann","roles":["REVIEWER"],"password":"short"}""", "password");
		invalid("""
				{"username":"%s","displayName":"Ann","email":"not-an-address","roles":["REVIEWER"],
				 "password":"long-enough-1"}""", "email");
		invalid("""
				{"username":"%s","displayName":" ","roles":["REVIEWER"],"password":"long-enough-1"}""", "displayName");
		invalid("""
				{"username":"%s","displayName":"Ann","roles":["NGO_MEMBER"],"password":"long-enough-1"}""", "roles");
		invalid("""
				{"username":"%s","displayName":"Ann","roles":["BOARD_CHAIR"],"password":"long-enough-1"}""", "roles");
		asAdmin(get("/api/admin/users/" + username)).andExpect(status().isNotFound());

		api(post("/api/admin/users"), """
				{"username":"Not Valid!","displayName":"Ann","roles":["REVIEWER"],"password":"long-enough-1"}""")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.username").exists());
		api(post("/api/admin/users"), """
				{"username":"%s","displayName":"Ann","roles":["REVIEWER"],"password":"long-enough-1"}"""
			.formatted(admin))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.username").value("This username is already taken"));
		api(put("/api/admin/users/" + username), "{\"displayName\":\"Ann\",\"roles\":[]}")
			.andExpect(status().isNotFound());
	}

	@Test
	void onlyAdministratorsManageUsers() throws Exception {
		String manager = TestData.unique("adm_fm");
		TestData.staff(users, manager, Role.FUND_MANAGER);
		mvc.perform(post("/api/admin/users").with(httpBasic(manager, TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"username":"%s","displayName":"Eve","roles":["ADMIN"],"password":"long-enough-1"}"""
				.formatted(username)))
			.andExpect(status().isForbidden());
		assertThat(accounts.existsById(username)).isFalse();
	}

	@Test
	void createsEditsAndDisablesAUserOnThePages() throws Exception {
		MockHttpSession session = TestData.login(mvc, admin);
		mvc.perform(get("/admin/users/new").session(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"roles\"")));
		mvc.perform(post("/admin/users/new").session(session).with(csrf()).param("username", username)
			.param("displayName", "Tariq Trustee").param("email", "tariq@trustfund.example")
			.param("roles", "TRUSTEE").param("enabled", "true").param("_enabled", "on")
			.param("password", NEW_PASSWORD))
			.andExpect(redirectedUrl("/admin/users")).andExpect(flash().attribute("flash", "users.saved"));
		assertThat(users.get(username).getRoles()).containsExactly(Role.TRUSTEE);
		assertThat(users.get(username).getPasswordHash()).startsWith("$2a$");
		mvc.perform(get("/admin/users").session(session))
			.andExpect(content().string(containsString(">" + username + "</a>")));

		// The box "enabled" left unticked: the browser sends only the field marker.
		mvc.perform(post("/admin/users/" + username).session(session).with(csrf())
			.param("username", username).param("displayName", "Tariq T.").param("email", "tariq@trustfund.example")
			.param("roles", "TRUSTEE").param("roles", "BOARD_CHAIR").param("_enabled", "on").param("password", ""))
			.andExpect(redirectedUrl("/admin/users"));
		UserAccount edited = users.get(username);
		assertThat(edited.getDisplayName()).isEqualTo("Tariq T.");
		assertThat(edited.getRoles()).containsExactlyInAnyOrder(Role.TRUSTEE, Role.BOARD_CHAIR);
		assertThat(edited.isEnabled()).isFalse();
		mvc.perform(get("/api/tasks").with(httpBasic(username, NEW_PASSWORD))).andExpect(status().isUnauthorized());
	}

	@Test
	void invalidPageFormIsShownAgainAndChangesNothing() throws Exception {
		TestData.staff(users, username, Role.REVIEWER);
		MockHttpSession session = TestData.login(mvc, admin);
		String other = TestData.unique("adm_user");
		mvc.perform(post("/admin/users/new").session(session).with(csrf()).param("username", other)
			.param("displayName", "Short Password").param("roles", "REVIEWER").param("password", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A password needs at least 8 characters")));
		assertThat(accounts.existsById(other)).isFalse();

		mvc.perform(post("/admin/users/" + username).session(session).with(csrf()).param("username", username)
			.param("displayName", "Renamed").param("roles", "ADMIN").param("enabled", "true")
			.param("password", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A password needs at least 8 characters")));
		UserAccount unchanged = users.get(username);
		assertThat(unchanged.getDisplayName()).isEqualTo("Staff " + username);
		assertThat(unchanged.getRoles()).containsExactly(Role.REVIEWER);
	}

	private void invalid(String json, String field) throws Exception {
		api(post("/api/admin/users"), json.formatted(username))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.errors." + field).isNotEmpty());
	}

	private ResultActions api(MockHttpServletRequestBuilder request, String json) throws Exception {
		return asAdmin(request.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private ResultActions asAdmin(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(httpBasic(admin, TestData.PASSWORD)));
	}
}
