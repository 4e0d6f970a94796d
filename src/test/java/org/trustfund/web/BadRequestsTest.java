package org.trustfund.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.trustfund.ServerTest;
import org.trustfund.grants.GrantFixtures;
import org.trustfund.grants.GrantLifecycleProcess;
import org.trustfund.proposals.Fixtures;
import org.trustfund.users.Role;

/**
 * The bad requests of issue #10, one by one, over real HTTP (Tomcat's limits and the error dispatch take
 * part): each answers 4xx problem details, pages a message, and nothing is stored. Also: a caller
 * without the role gets 403 before the body is validated.
 */
@ServerTest
class BadRequestsTest {

	private static final String LONG_PASSWORD = "é".repeat(37); // 37 characters, 74 bytes of UTF-8

	@LocalServerPort int port;
	@Autowired Fixtures fixtures;
	@Autowired GrantFixtures grants;
	@Autowired JdbcTemplate jdbc;
	@Autowired ObjectMapper json;
	private HttpCalls http;

	@BeforeEach
	void server() {
		http = new HttpCalls(port);
	}

	private JsonNode problem(HttpResponse<String> answer, int status) throws Exception {
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
		assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		JsonNode body = json.readTree(answer.body());
		assertThat(body.path("status").asInt()).isEqualTo(status);
		assertThat(body.path("title").asText()).isNotEmpty();
		assertThat(answer.body()).doesNotContain("Exception").doesNotContain("at org.");
		return body;
	}

	@Test
	void nullElementsInListsAreFieldErrors() throws Exception {
		String fm = fixtures.user(Role.FUND_MANAGER);
		String admin = fixtures.user(Role.ADMIN);
		long calls = jdbc.queryForObject("select count(*) from call_for_proposals", Long.class);
		JsonNode call = problem(http.json("POST", "/api/calls", fm, "{\"title\":\"t\",\"services\":[null],"
				+ "\"priorityTargetGroups\":[null],\"criteria\":[null],\"eligibleCountries\":[null]}"), 400);
		assertThat(call.path("errors").fieldNames()).toIterable().anyMatch(f -> f.startsWith("services"));
		assertThat(jdbc.queryForObject("select count(*) from call_for_proposals", Long.class)).isEqualTo(calls);
		problem(http.json("POST", "/api/admin/users", admin, "{\"username\":\"x_" + System.nanoTime() % 10000
				+ "\",\"displayName\":\"X\",\"roles\":[null],\"password\":\"longenough1\"}"), 400);
		Fixtures.Ngo ngo = fixtures.verifiedNgo("TH");
		long callId = fixtures.openCall().getId();
		problem(http.json("POST", "/api/calls/" + callId + "/proposals", ngo.username(),
				"{\"title\":\"t\",\"targetGroups\":[null],\"budgetLines\":[null]}"), 400);
	}

	@Test
	void aNullDecisionLeavesTheTaskOpen() throws Exception {
		GrantFixtures.Awarded a = grants.award("20000.00", 12);
		String taskId = grants.task(a.instanceId(), GrantLifecycleProcess.ACCEPT_AGREEMENT_TASK).getId();
		problem(http.json("POST", "/api/tasks/" + taskId + "/complete", a.ngo().username(), "{\"decision\":null}"), 400);
		assertThat(grants.open(a.instanceId(), GrantLifecycleProcess.ACCEPT_AGREEMENT_TASK)).hasSize(1);
	}

	@Test
	void aPasswordOver72BytesIsAFieldError() throws Exception {
		String admin = fixtures.user(Role.ADMIN);
		String username = Fixtures.unique("long").toLowerCase();
		JsonNode created = problem(http.json("POST", "/api/admin/users", admin, "{\"username\":\"" + username
				+ "\",\"displayName\":\"Long\",\"roles\":[\"REVIEWER\"],\"password\":\"" + LONG_PASSWORD + "\"}"), 400);
		assertThat(created.path("errors").path("password").asText()).contains("72 bytes");
		assertThat(jdbc.queryForObject("select count(*) from app_user where username = ?", Long.class, username))
			.isZero();
	}

	@Test
	void aDateBeyondTheYearRangeIsAFieldError() throws Exception {
		String fm = fixtures.user(Role.FUND_MANAGER);
		long pledges = jdbc.queryForObject("select count(*) from pledge", Long.class);
		JsonNode body = problem(http.json("POST", "/api/pledges", fm,
				"{\"donorId\":1,\"amount\":100,\"currency\":\"USD\",\"expectedOn\":\"+999999999-12-31\"}"), 400);
		assertThat(body.path("errors").path("expectedOn").asText()).contains("between the years");
		assertThat(jdbc.queryForObject("select count(*) from pledge", Long.class)).isEqualTo(pledges);
	}

	@Test
	void aNulByteInThePathIsRefused() throws Exception {
		String fm = fixtures.user(Role.FUND_MANAGER);
		HttpResponse<String> answer = http.json("GET", "/api/calls/%00", fm, null);
		assertThat(answer.statusCode()).isEqualTo(400);
		problem(answer, 400);
	}

	@Test
	void jsonWhereMultipartIsExpectedIs415() throws Exception {
		problem(http.json("POST", "/api/signup", null, "{\"name\":\"x\"}"), 415);
	}

	@Test
	void uploadsOverTheLimitAre413ForTheApiAndAMessageForPages() throws Exception {
		Fixtures.Ngo ngo = fixtures.verifiedNgo("TH");
		long callId = fixtures.openCall().getId();
		long id = jdbc.queryForObject("select max(id) from proposal", Long.class);
		for (int megabytes : new int[] { 11, 13 }) {
			byte[] body = multipart(megabytes);
			HttpResponse<String> api = http.send(http.request("POST", "/api/proposals/" + id + "/attachments",
					ngo.username(), "multipart/form-data; boundary=XYZ", body).header("Accept", "application/json"));
			problem(api, 413);
			HttpResponse<String> page = http.send(http.request("POST", "/signup", null,
					"multipart/form-data; boundary=XYZ", body).header("Accept", "text/html"));
			assertThat(page.statusCode()).as(page.body()).isEqualTo(413);
			assertThat(page.body()).contains("10 MB");
		}
		assertThat(callId).isPositive();
	}

	@Test
	void aCallerWithoutTheRoleGets403NotFieldErrors() throws Exception {
		String reviewer = fixtures.user(Role.REVIEWER);
		String fm = fixtures.user(Role.FUND_MANAGER);
		String trustee = fixtures.user(Role.TRUSTEE);
		Fixtures.Ngo ngo = fixtures.verifiedNgo("KE");
		problem(http.json("POST", "/api/calls", ngo.username(), "{\"title\":null}"), 403);
		problem(http.json("POST", "/api/donors", reviewer, "{\"name\":null}"), 403);
		problem(http.json("POST", "/api/pledges", trustee, "{\"expectedOn\":\"+999999999-12-31\"}"), 403);
		problem(http.json("POST", "/api/board/sessions/1/votes", fm, "{\"votes\":[null]}"), 403);
		problem(http.json("POST", "/api/calls/1/proposals", reviewer, "{\"budgetLines\":[null]}"), 403);
		// A body of the wrong kind (JSON to an upload) is a 403 for a role without uploads, not a 415.
		problem(http.json("POST", "/api/proposals/1/attachments", reviewer, "{\"file\":null}"), 403);
		problem(http.json("POST", "/api/calls", fm, "{\"title\":null}"), 400);
	}

	private static byte[] multipart(int megabytes) {
		String head = "--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n";
		byte[] start = head.getBytes(StandardCharsets.US_ASCII);
		byte[] end = "\r\n--XYZ--\r\n".getBytes(StandardCharsets.US_ASCII);
		byte[] all = new byte[start.length + megabytes * 1024 * 1024 + end.length];
		System.arraycopy(start, 0, all, 0, start.length);
		System.arraycopy(end, 0, all, all.length - end.length, end.length);
		return all;
	}
}
