package org.trustfund.security.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.Cookie;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.trustfund.IntegrationTest;
import org.trustfund.TestData;
import org.trustfund.organisations.OrganisationService;
import org.trustfund.users.Role;
import org.trustfund.users.UserAccount;
import org.trustfund.users.UserService;

/**
 * Personal API tokens through the JSON API: created once, used as {@code Authorization: Bearer} with the
 * owner's rights and nothing more, stateless and without CSRF, refused with 401 problem details once
 * revoked, expired or when the owner is disabled.
 */
@IntegrationTest
class ApiTokenAuthenticationTest {

	@Autowired MockMvc mvc;
	@Autowired UserService users;
	@Autowired OrganisationService organisations;
	@Autowired JdbcTemplate jdbc;
	@Autowired ObjectMapper json;

	@Test
	void fundManagerCreatesATokenAndReadsTasksWithoutASession() throws Exception {
		String fm = staff(Role.FUND_MANAGER);
		JsonNode created = create(fm, "{\"name\":\"reporting script\",\"validityDays\":30}");
		String token = created.get("token").asText();
		assertThat(token).startsWith("tfg_").hasSize(47);
		assertThat(created.at("/details/prefix").asText()).isEqualTo(token.substring(0, 8));
		assertThat(created.at("/details/status").asText()).isEqualTo("active");
		assertThat(Instant.parse(created.at("/details/expiresAt").asText()))
			.isCloseTo(Instant.now().plus(30, ChronoUnit.DAYS), org.assertj.core.api.Assertions.within(1, ChronoUnit.MINUTES));

		MvcResult tasks = mvc.perform(bearer(get("/api/tasks"), token)).andExpect(status().isOk()).andReturn();
		assertThat(tasks.getRequest().getSession(false)).as("no session for a Bearer call").isNull();
		assertThat(tasks.getResponse().getHeader("Set-Cookie")).isNull();

		String list = mvc.perform(bearer(get("/api/me/tokens"), token)).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].name").value("reporting script"))
			.andExpect(jsonPath("$[0].lastUsedAt").isNotEmpty())
			.andReturn().getResponse().getContentAsString();
		assertThat(list).doesNotContain(token.substring(8)).doesNotContain(TokenSecrets.hash(token))
			.doesNotContain("\"token\"");
	}

	@Test
	void ngoTokenSeesItsOwnOrganisationOnly() throws Exception {
		String ngo = TestData.unique("tok_ngo");
		long own = organisations.signUp(TestData.signUp(ngo), TestData.pdf()).getId();
		String other = TestData.unique("tok_ngo");
		long foreign = organisations.signUp(TestData.signUp(other), TestData.pdf()).getId();
		String token = create(ngo, "{\"name\":\"ngo\"}").get("token").asText();

		mvc.perform(bearer(get("/api/tasks"), token)).andExpect(status().isOk());
		mvc.perform(bearer(get("/api/organisations/" + own), token)).andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(own));
		mvc.perform(bearer(get("/api/organisations/" + foreign), token)).andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(bearer(get("/api/organisations"), token)).andExpect(status().isForbidden());
		mvc.perform(bearer(get("/api/admin/tokens"), token)).andExpect(status().isForbidden());
	}

	@Test
	void unknownTokenGets401ProblemDetailsWithoutChallenge() throws Exception {
		mvc.perform(bearer(get("/api/tasks"), TokenSecrets.newToken())).andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.detail").value("The API token is unknown, expired or revoked"))
			.andExpect(header().doesNotExist("WWW-Authenticate"));
		mvc.perform(bearer(get("/api/tasks"), "not-a-token")).andExpect(status().isUnauthorized());
	}

	@Test
	void expiredTokenGets401() throws Exception {
		String fm = staff(Role.FUND_MANAGER);
		JsonNode created = create(fm, "{\"name\":\"short\",\"validityDays\":1}");
		String token = created.get("token").asText();
		mvc.perform(bearer(get("/api/tasks"), token)).andExpect(status().isOk());
		jdbc.update("update api_token set expires_at = ? where id = ?",
				Timestamp.from(Instant.now().minusSeconds(1)), created.at("/details/id").asLong());
		mvc.perform(bearer(get("/api/tasks"), token)).andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value("The API token is unknown, expired or revoked"));
		mvc.perform(get("/api/me/tokens").with(httpBasic(fm, TestData.PASSWORD)))
			.andExpect(jsonPath("$[0].status").value("expired"));
	}

	@Test
	void ownerRevokesWithTheTokenItselfAndNeedsNoCsrf() throws Exception {
		String fm = staff(Role.FUND_MANAGER);
		JsonNode created = create(fm, "{\"name\":\"to revoke\"}");
		String token = created.get("token").asText();
		long id = created.at("/details/id").asLong();
		String stranger = staff(Role.FUND_MANAGER);
		mvc.perform(delete("/api/me/tokens/" + id).with(httpBasic(stranger, TestData.PASSWORD)))
			.andExpect(status().isNotFound());
		mvc.perform(bearer(get("/api/tasks"), token)).andExpect(status().isOk());

		mvc.perform(bearer(delete("/api/me/tokens/" + id), token)).andExpect(status().isNoContent());
		mvc.perform(bearer(get("/api/tasks"), token)).andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/me/tokens").with(httpBasic(fm, TestData.PASSWORD)))
			.andExpect(jsonPath("$[0].status").value("revoked"))
			.andExpect(jsonPath("$[0].revokedBy").value(fm));
	}

	@Test
	void bearerWithACookieNeedsCsrfLikeABrowser() throws Exception {
		String fm = staff(Role.FUND_MANAGER);
		JsonNode created = create(fm, "{\"name\":\"cookie\"}");
		long id = created.at("/details/id").asLong();
		mvc.perform(bearer(delete("/api/me/tokens/" + id), created.get("token").asText())
			.cookie(new Cookie("lang", "en"))).andExpect(status().isForbidden());
		mvc.perform(bearer(get("/api/tasks"), created.get("token").asText())).andExpect(status().isOk());
	}

	@Test
	void administratorListsAndRevokesAnyonesToken() throws Exception {
		String ngo = TestData.unique("tok_ngo");
		organisations.signUp(TestData.signUp(ngo), TestData.pdf());
		JsonNode created = create(ngo, "{\"name\":\"ngo sync\"}");
		String token = created.get("token").asText();
		long id = created.at("/details/id").asLong();
		String admin = staff(Role.ADMIN);

		String list = mvc.perform(get("/api/admin/tokens").param("user", ngo).with(httpBasic(admin, TestData.PASSWORD)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].username").value(ngo)).andExpect(jsonPath("$[0].name").value("ngo sync"))
			.andReturn().getResponse().getContentAsString();
		assertThat(list).doesNotContain(token.substring(8)).doesNotContain(TokenSecrets.hash(token));
		mvc.perform(delete("/api/admin/tokens/" + id).with(httpBasic(ngo, TestData.PASSWORD)))
			.andExpect(status().isForbidden());

		mvc.perform(delete("/api/admin/tokens/" + id).with(httpBasic(admin, TestData.PASSWORD)))
			.andExpect(status().isNoContent());
		mvc.perform(bearer(get("/api/tasks"), token)).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/admin/tokens").param("user", ngo).with(httpBasic(admin, TestData.PASSWORD)))
			.andExpect(jsonPath("$[0].status").value("revoked")).andExpect(jsonPath("$[0].revokedBy").value(admin));
		mvc.perform(delete("/api/admin/tokens/999999999").with(httpBasic(admin, TestData.PASSWORD)))
			.andExpect(status().isNotFound());
	}

	@Test
	void disabledUsersTokenIsRefused() throws Exception {
		String fm = staff(Role.FUND_MANAGER);
		String token = create(fm, "{\"name\":\"leaver\"}").get("token").asText();
		mvc.perform(bearer(get("/api/tasks"), token)).andExpect(status().isOk());
		UserAccount account = users.get(fm);
		users.update(fm, account.getDisplayName(), account.getEmail(), account.getRoles(), null, false);
		mvc.perform(bearer(get("/api/tasks"), token)).andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value("The account of this API token is disabled"));
	}

	@Test
	void aTokenCannotCreateTokens() throws Exception {
		String fm = staff(Role.FUND_MANAGER);
		String token = create(fm, "{\"name\":\"first\"}").get("token").asText();
		mvc.perform(bearer(post("/api/me/tokens"), token).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"second\"}")).andExpect(status().isForbidden());
		mvc.perform(get("/api/me/tokens").with(httpBasic(fm, TestData.PASSWORD)))
			.andExpect(jsonPath("$.length()").value(1));
	}

	@Test
	void refusesBadNamesAndValidities() throws Exception {
		String fm = staff(Role.FUND_MANAGER);
		for (String body : new String[] { "{\"name\":\" \"}", "{\"name\":\"" + "x".repeat(101) + "\"}", "{}" }) {
			mvc.perform(post("/api/me/tokens").with(httpBasic(fm, TestData.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors.name").exists());
		}
		for (String days : new String[] { "0", "366", "-5" }) {
			mvc.perform(post("/api/me/tokens").with(httpBasic(fm, TestData.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"n\",\"validityDays\":" + days + "}"))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.validityDays").exists());
		}
		mvc.perform(get("/api/me/tokens").with(httpBasic(fm, TestData.PASSWORD)))
			.andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void lastUsedIsWrittenAtMostOnceAMinute() throws Exception {
		String fm = staff(Role.FUND_MANAGER);
		JsonNode created = create(fm, "{\"name\":\"busy\"}");
		String token = created.get("token").asText();
		long id = created.at("/details/id").asLong();
		mvc.perform(bearer(get("/api/tasks"), token)).andExpect(status().isOk());
		Timestamp first = lastUsed(id);
		assertThat(first).isNotNull();
		mvc.perform(bearer(get("/api/tasks"), token)).andExpect(status().isOk());
		assertThat(lastUsed(id)).isEqualTo(first);

		Timestamp twoMinutesAgo = Timestamp.from(first.toInstant().minus(2, ChronoUnit.MINUTES));
		jdbc.update("update api_token set last_used_at = ? where id = ?", twoMinutesAgo, id);
		mvc.perform(bearer(get("/api/tasks"), token)).andExpect(status().isOk());
		assertThat(lastUsed(id)).isAfter(twoMinutesAgo);
	}

	private Timestamp lastUsed(long id) {
		return jdbc.queryForObject("select last_used_at from api_token where id = ?", Timestamp.class, id);
	}

	private String staff(Role role) {
		String username = TestData.unique("tok_" + role.name().toLowerCase());
		TestData.staff(users, username, role);
		return username;
	}

	/** Creates a token over the API with the user's password (HTTP Basic) and returns the 201 answer. */
	private JsonNode create(String username, String body) throws Exception {
		String answer = mvc.perform(post("/api/me/tokens").with(httpBasic(username, TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return json.readTree(answer);
	}

	static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String token) {
		return request.header("Authorization", "Bearer " + token);
	}

}
