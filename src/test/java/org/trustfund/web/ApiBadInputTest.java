package org.trustfund.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.trustfund.ServerTest;
import org.trustfund.grants.GrantFixtures;
import org.trustfund.proposals.Fixtures;
import org.trustfund.users.Role;
import org.trustfund.users.UserService;
import java.util.EnumSet;
import org.trustfund.web.ApiOperations.Operation;
import org.trustfund.web.BadBodies.Body;

/**
 * Walks the OpenAPI description and sends every write operation of the API, as a role allowed to call
 * it, bodies that are malformed, null in every field and list, of wrong types, huge strings and numbers
 * ({@link BadBodies}). Every answer must be 4xx problem details (never 5xx), and the data must not change:
 * the row counts of every table, the application's and Camunda's runtime tables, stay the same. A new
 * endpoint is covered as soon as it appears in the description. Prints the operations it covered.
 */
@ServerTest
class ApiBadInputTest {


	@LocalServerPort int port;
	@Autowired Fixtures fixtures;
	@Autowired GrantFixtures grants;
	@Autowired JdbcTemplate jdbc;
	@Autowired UserService userService;
	@Autowired ObjectMapper json;
	@Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

	private final HttpClient http = HttpClient.newHttpClient();
	private final Map<Role, String> users = new EnumMap<>(Role.class);
	private String countAll;

	@Test
	void everyWriteOperationAnswersBadInputWithProblemDetailsAndChangesNothing() throws Exception {
		makeFixtures();
		PathIds ids = new PathIds(jdbc);
		JsonNode docs = json.readTree(send("GET", "/v3/api-docs", "admin", null, null).body());
		List<Operation> operations = ApiOperations.writes(docs, mappings);
		BadBodies bodies = new BadBodies(docs, json);
		List<String> failures = new ArrayList<>();
		StringBuilder table = new StringBuilder(String.format("%n%-7s %-52s %-12s %8s  %s%n", "method", "path", "role",
				"requests", "statuses"));
		Map<String, Long> before = rowCounts();
		for (Operation op : operations) {
			Map<Integer, Integer> statuses = new TreeMap<>();
			long started = System.nanoTime();
			boolean hasBody = op.requestBody() != null;
			String path = ids.fill(op.path(), hasBody);
			List<Body> sent = new ArrayList<>(BadBodies.shapeless());
			if (hasBody && !op.multipart()) {
				sent.addAll(bodies.forSchema(op.jsonSchema()));
			}
			for (Body body : sent) {
				HttpResponse<String> answer = send(op.method(), path, op.role(), "application/json", body.json());
				statuses.merge(answer.statusCode(), 1, Integer::sum);
				Map<String, Long> after = rowCounts();
				String problem = check(answer, body, before, after);
				before = after;
				if (problem != null) {
					failures.add(op.method() + " " + path + " [" + body.label() + "]: " + problem);
				}
			}
			table.append(String.format("%-7s %-52s %-12s %8d  %s in %d ms%n", op.method(), op.path(),
					op.role() == null ? "anonymous" : op.role(), sent.size(), statuses,
					(System.nanoTime() - started) / 1_000_000));
		}
		System.out.println(table);
		assertThat(operations).as("write operations found in /v3/api-docs").hasSizeGreaterThan(30);
		assertThat(failures).as("answers that were not 4xx problem details leaving the data unchanged").isEmpty();
	}

	/** @return what is wrong with the answer, or {@code null} */
	private String check(HttpResponse<String> answer, Body body, Map<String, Long> before, Map<String, Long> after)
			throws Exception {
		int status = answer.statusCode();
		if (status >= 200 && status < 300) {
			return body.mayBeValid() ? null : "accepted with " + status;
		}
		if (status < 400 || status >= 500) {
			return "status " + status + " " + abbreviate(answer.body());
		}
		String type = answer.headers().firstValue("Content-Type").orElse("");
		if (!type.startsWith("application/problem+json")) {
			return status + " with content type '" + type + "' " + abbreviate(answer.body());
		}
		JsonNode problem = json.readTree(answer.body());
		if (problem.path("status").asInt() != status || problem.path("title").asText().isEmpty()) {
			return status + " without status and title: " + abbreviate(answer.body());
		}
		return after.equals(before) ? null : status + " but rows changed: " + changed(before, after);
	}

	private static String abbreviate(String s) {
		return s.length() > 300 ? s.substring(0, 300) + "…" : s;
	}

	private static String changed(Map<String, Long> before, Map<String, Long> after) {
		Map<String, String> diff = new TreeMap<>();
		after.forEach((t, n) -> {
			if (!n.equals(before.get(t))) {
				diff.put(t, before.get(t) + "->" + n);
			}
		});
		return diff.toString();
	}

	/** Rows per table of the application and of Camunda's runtime; history and metrics may grow on reads. */
	private Map<String, Long> rowCounts() {
		if (countAll == null) {
			countAll = countQuery();
		}
		Map<String, Long> counts = new TreeMap<>();
		jdbc.query(countAll, rs -> {
			counts.put(rs.getString(1), rs.getLong(2));
		});
		return counts;
	}

	private String countQuery() {
		List<String> tables = jdbc.queryForList("select table_name from information_schema.tables "
				+ "where table_schema = 'PUBLIC' and table_type = 'BASE TABLE' and table_name not like 'ACT_HI_%' "
				+ "and table_name not like 'ACT_ID_%' and table_name not in ('ACT_RU_METER_LOG', 'ACT_GE_PROPERTY')",
				String.class);
		return String.join(" union all ",
				tables.stream().map(t -> "select '" + t + "', count(*) from \"" + t + "\"").toList());
	}

	private void makeFixtures() {
		for (Role role : Role.values()) {
			if (role != Role.NGO_MEMBER && role != Role.BOARD_CHAIR) {
				users.put(role, fixtures.user(role));
			}
		}
		String chair = Fixtures.unique("chair");
		userService.create(chair, "Chair", chair + "@trustfund.example", Fixtures.PASSWORD,
				EnumSet.of(Role.TRUSTEE, Role.BOARD_CHAIR), null);
		users.put(Role.BOARD_CHAIR, chair);
		GrantFixtures.Awarded awarded = grants.award("20000.00", 12);
		grants.accept(awarded);
		users.put(Role.NGO_MEMBER, awarded.ngo().username());
		fixtures.submitted(fixtures.openCall().getId(), fixtures.verifiedNgo("KE"));
		fixtures.payIntoFund("1000.00");
	}

	private HttpResponse<String> send(String method, String path, String role, String type, String body)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "application/json")
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (type != null) {
			request.header("Content-Type", type);
		}
		String user = role == null ? null : role.equals("admin") && users.isEmpty() ? null : userFor(role);
		if (user != null) {
			String credentials = user + ":" + Fixtures.PASSWORD;
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String userFor(String group) {
		for (Role role : Role.values()) {
			if (role.groupId().equals(group)) {
				return users.get(role);
			}
		}
		throw new IllegalArgumentException("No role " + group);
	}
}
