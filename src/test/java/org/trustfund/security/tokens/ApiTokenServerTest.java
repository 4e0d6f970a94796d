package org.trustfund.security.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trustfund.ServerTest;
import org.trustfund.TestData;
import org.trustfund.organisations.OrganisationService;
import org.trustfund.users.Role;
import org.trustfund.users.UserService;

/**
 * Bearer tokens on a real server: Camunda's REST API takes the token's user from Spring Security with the
 * same role rules as a login (fund managers read, NGO members get nothing), and no answer sets a cookie.
 */
@ServerTest
class ApiTokenServerTest {

	@LocalServerPort int port;
	@Autowired ApiTokenService tokens;
	@Autowired UserService users;
	@Autowired OrganisationService organisations;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void fundManagersTokenReadsCamundasRestApi() throws Exception {
		String fm = TestData.unique("tok_fm");
		TestData.staff(users, fm, Role.FUND_MANAGER);
		String token = tokens.create(fm, "cockpit script", 30).token();

		HttpResponse<String> definitions = get("/engine-rest/process-definition", token);
		assertThat(definitions.statusCode()).isEqualTo(200);
		assertThat(definitions.body()).startsWith("[").contains("\"key\"");
		assertThat(definitions.headers().firstValue("Set-Cookie")).isEmpty();
		assertThat(get("/engine-rest/user", token).statusCode()).as("the directory is for administrators").isEqualTo(403);
		HttpResponse<String> tasks = get("/api/tasks", token);
		assertThat(tasks.statusCode()).isEqualTo(200);
		assertThat(tasks.headers().firstValue("Set-Cookie")).isEmpty();
	}

	@Test
	void ngoMembersTokenGetsNothingFromCamunda() throws Exception {
		String ngo = TestData.unique("tok_ngo");
		organisations.signUp(TestData.signUp(ngo), TestData.pdf());
		String token = tokens.create(ngo, "sync", 30).token();
		assertThat(get("/engine-rest/process-definition", token).statusCode()).isEqualTo(403);
		assertThat(get("/api/tasks", token).statusCode()).isEqualTo(200);
		assertThat(get("/engine-rest/process-definition", "tfg_unknown").statusCode()).isEqualTo(401);
	}

	/**
	 * A token sent without "Bearer" is no credential: 401 (API) or the log-in page (pages), and no session is made
	 * for it, so the header with the secret is never saved in the session table (a probe found it there).
	 */
	@Test
	void aTokenWithoutBearerIsRefusedAndNeverKeptInASession(@Autowired org.springframework.jdbc.core.JdbcTemplate jdbc)
			throws Exception {
		String fm = TestData.unique("tok_nob");
		TestData.staff(users, fm, Role.FUND_MANAGER);
		String token = tokens.create(fm, "wrong scheme", 30).token();
		long sessionsBefore = jdbc.queryForObject("select count(*) from spring_session", Long.class);
		for (String header : new String[] { "Token " + token, token }) {
			for (String[] call : new String[][] { { "/api/tasks", "application/json" }, { "/tasks", "text/html" } }) {
				HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
						+ call[0])).header("Authorization", header).header("Accept", call[1]).build(),
						HttpResponse.BodyHandlers.ofString());
				assertThat(answer.statusCode()).as("%s with %s", call[0], header).isIn(401, 302);
				assertThat(answer.headers().allValues("Set-Cookie")).as("%s: no session", call[0])
					.noneMatch(c -> c.startsWith("SESSION="));
			}
		}
		assertThat(jdbc.queryForObject("select count(*) from spring_session", Long.class)).isEqualTo(sessionsBefore);
	}

	private HttpResponse<String> get(String path, String token) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Bearer " + token).header("Accept", "application/json").build(),
				HttpResponse.BodyHandlers.ofString());
	}
}
