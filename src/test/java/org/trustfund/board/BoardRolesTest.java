package org.trustfund.board;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.trustfund.IntegrationTest;
import org.trustfund.files.Upload;
import org.trustfund.organisations.OrganisationService;
import org.trustfund.organisations.SignUp;
import org.trustfund.users.Role;
import org.trustfund.users.UserService;

/** Who may see and change the Board, role by role, page by page. */
@IntegrationTest
class BoardRolesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserService users;

	@Autowired
	OrganisationService organisations;

	Map<String, String> byRole;

	@BeforeEach
	void users() {
		String ngo = "ngo" + UUID.randomUUID().toString().substring(0, 8);
		organisations.signUp(new SignUp("Org " + ngo, "KE", "R-" + ngo, "", "Contact", ngo + "@example.org", "",
				"Holder", "Bank", "12345678", "", ngo, BoardFixtures.PASSWORD),
				Upload.of("r.pdf", "application/pdf", "%PDF-1.4".getBytes()));
		byRole = Map.of("ngo", ngo, "reviewer", BoardFixtures.user(users, Role.REVIEWER), "fundmanager",
				BoardFixtures.user(users, Role.FUND_MANAGER), "trustee", BoardFixtures.user(users, Role.TRUSTEE),
				"boardchair", BoardFixtures.user(users, Role.TRUSTEE, Role.BOARD_CHAIR), "admin",
				BoardFixtures.user(users, Role.ADMIN));
	}

	static Stream<Arguments> readers() {
		return Stream.of(Arguments.of("ngo", 403), Arguments.of("reviewer", 403), Arguments.of("fundmanager", 200),
				Arguments.of("trustee", 200), Arguments.of("boardchair", 200), Arguments.of("admin", 200));
	}

	static Stream<Arguments> administrators() {
		return Stream.of(Arguments.of("ngo", 403), Arguments.of("reviewer", 403), Arguments.of("fundmanager", 403),
				Arguments.of("trustee", 403), Arguments.of("boardchair", 403), Arguments.of("admin", 200));
	}

	@ParameterizedTest
	@MethodSource("readers")
	void boardPageAndApiAreForTrusteesFundManagersAndAdministrators(String role, int expected) throws Exception {
		mvc.perform(as(role, get("/board"))).andExpect(status().is(expected));
		mvc.perform(as(role, get("/api/board/terms"))).andExpect(status().is(expected));
	}

	@ParameterizedTest
	@MethodSource("administrators")
	void onlyAdministratorsManageTheBoard(String role, int expected) throws Exception {
		mvc.perform(as(role, get("/admin/board"))).andExpect(status().is(expected));
		int created = expected == 200 ? 201 : expected;
		mvc.perform(as(role, post("/api/admin/board/terms").contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Board X\",\"startsOn\":\"2301-01-01\",\"endsOn\":\"2303-12-31\"}")))
			.andExpect(status().is(created));
	}

	@Test
	void anonymousVisitorsAreSentToLoginOrGet401() throws Exception {
		mvc.perform(get("/board")).andExpect(status().isFound());
		mvc.perform(get("/api/board/terms")).andExpect(status().isUnauthorized());
	}

	@Test
	void invalidTermGetsProblemDetailsWithFieldErrors() throws Exception {
		mvc.perform(as("admin", post("/api/admin/board/terms").contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"\",\"startsOn\":\"2301-01-01\",\"endsOn\":\"2300-12-31\"}")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.name").exists());
		mvc.perform(as("admin", post("/api/admin/board/terms").contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Backwards\",\"startsOn\":\"2301-01-01\",\"endsOn\":\"2300-12-31\"}")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.endsOn").exists());
	}

	@Test
	void administratorRecordsATermAndAppointsTrusteesThroughThePages() throws Exception {
		String chair = BoardFixtures.user(users, Role.TRUSTEE, Role.BOARD_CHAIR);
		String location = mvc.perform(as("admin", post("/admin/board/terms").with(csrf()).param("name", "Board P")
			.param("startsOn", "2401-01-01").param("endsOn", "2403-12-31").param("seats", "5")))
			.andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
		mvc.perform(as("admin", post(location + "/trustees").with(csrf()).param("username", chair)
			.param("country", "AT").param("chair", "true")))
			.andExpect(status().isFound());
		mvc.perform(as("admin", post(location + "/trustees").with(csrf()).param("username", "nobody-here")
			.param("country", "AT")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("There is no user nobody-here")));
	}

	private MockHttpServletRequestBuilder as(String role, MockHttpServletRequestBuilder request) {
		return request.with(httpBasic(byRole.get(role), BoardFixtures.PASSWORD));
	}
}
