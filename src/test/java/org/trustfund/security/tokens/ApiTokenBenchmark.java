package org.trustfund.security.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.trustfund.ServerTest;
import org.trustfund.TestData;
import org.trustfund.benchmarks.Benchmarks;
import org.trustfund.users.Role;
import org.trustfund.users.UserService;

/**
 * Benchmark, not a test (README: {@code mvn -Pbenchmark test -Dtest=ApiTokenBenchmark}). A fund manager's
 * {@code GET /api/tasks} over real HTTP, authenticated three ways in turn: a personal API token (Bearer), a
 * session cookie from the login form, and HTTP Basic, with BCrypt at the production strength 12 (the test
 * profile's 4 is overridden). Prints median and p95 latency of each to standard output and
 * {@code target/benchmark-tokens.txt}, and records the medians in the benchmark table ({@link Benchmarks}; issue
 * 15's target: a token call within 2 ms of a session call at the median). {@code -Dbenchmark.authCalls=200} calls
 * per kind, after {@code -Dbenchmark.authWarmUp=20} to warm up (quick run, {@code -Dbenchmark.size=small}: 40
 * after 10).
 */
@Tag("benchmark")
@ServerTest
@TestPropertySource(properties = "trustfund.security.bcrypt-strength=12")
class ApiTokenBenchmark {

	private static final int CALLS = Benchmarks.size("benchmark.authCalls", 200, 40);
	private static final int WARM_UP = Benchmarks.size("benchmark.authWarmUp", 20, 10);

	@LocalServerPort int port;
	@Autowired UserService users;
	@Autowired ApiTokenService tokens;
	@Value("${trustfund.security.bcrypt-strength}") int strength;

	private final HttpClient plain = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
	private final HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
		.cookieHandler(new CookieManager()).build();

	@Test
	void tokenCostsAboutWhatASessionCostsAndFarLessThanBasic() throws Exception {
		assertThat(strength).isEqualTo(12);
		String fm = TestData.unique("bench_fm");
		TestData.staff(users, fm, Role.FUND_MANAGER);
		String secret = tokens.create(fm, "benchmark", 30).token();
		String bearer = "Bearer " + secret;
		String basic = "Basic " + Base64.getEncoder()
			.encodeToString((fm + ":" + TestData.PASSWORD).getBytes(StandardCharsets.UTF_8));
		logIn(fm);

		for (int i = 0; i < WARM_UP; i++) {
			call(plain, bearer);
			call(browser, null);
			call(plain, basic);
		}
		long[] token = new long[CALLS];
		long[] session = new long[CALLS];
		long[] password = new long[CALLS];
		// Interleaved, and in turns of order, so that drift of the shared machine, and whatever a BCrypt
		// check leaves behind for the next call, hit all three alike.
		for (int i = 0; i < CALLS; i++) {
			for (int k = 0; k < 3; k++) {
				switch ((i + k) % 3) {
					case 0 -> token[i] = call(plain, bearer);
					case 1 -> session[i] = call(browser, null);
					default -> password[i] = call(plain, basic);
				}
			}
		}
		long[] check = new long[CALLS]; // the token check alone, in process: hash, token and owner in one transaction
		for (int i = 0; i < CALLS; i++) {
			long start = System.nanoTime();
			assertThat(tokens.authenticate(secret)).isPresent();
			check[i] = System.nanoTime() - start;
		}
		StringBuilder report = new StringBuilder("GET /api/tasks as a fund manager, %d calls each, BCrypt %d, %d cores%n"
			.formatted(CALLS, strength, Runtime.getRuntime().availableProcessors()));
		report.append(line("API token (Bearer)", token)).append(line("session cookie", session))
			.append(line("HTTP Basic", password)).append(line("token check alone", check));
		System.out.print(report);
		Files.writeString(Path.of("target", "benchmark-tokens.txt"), report);
		String calls = String.format(", GET /api/tasks, %d calls, BCrypt %d", CALLS, strength);
		double tokenMs = percentile(token, 50) / 1e6;
		double sessionMs = percentile(session, 50) / 1e6;
		Benchmarks.record("API token (Bearer) median" + calls, "≤ session cookie's median + 2 ms", "H2",
				String.format("%.2f ms (session %.2f ms: %+.2f ms)", tokenMs, sessionMs, tokenMs - sessionMs));
		Benchmarks.record("session cookie median" + calls, "—", "H2", String.format("%.2f ms", sessionMs));
		Benchmarks.record("HTTP Basic median" + calls + " (slow by design)", "—", "H2",
				String.format("%.2f ms", percentile(password, 50) / 1e6));
		assertThat(percentile(token, 50)).isLessThan(percentile(password, 50));
	}

	/** Logs in through the login form as a browser does: the CSRF token from the page, then the form. */
	private void logIn(String username) throws Exception {
		String page = browser.send(request("/login").build(), HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(page);
		assertThat(csrf.find()).as("CSRF token on the login page").isTrue();
		String form = "username=" + enc(username) + "&password=" + enc(TestData.PASSWORD) + "&_csrf=" + enc(csrf.group(1));
		HttpResponse<String> login = browser.send(request("/login").header("Content-Type",
				"application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
	}

	/** @return the call's latency in nanoseconds; fails unless it answers 200 */
	private long call(HttpClient client, String authorization) throws Exception {
		HttpRequest.Builder request = request("/api/tasks").header("Accept", "application/json");
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		long start = System.nanoTime();
		HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		long nanos = System.nanoTime() - start;
		assertThat(response.statusCode()).isEqualTo(200);
		return nanos;
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
	}

	private static String line(String label, long[] nanos) {
		return "%-20s median %7.2f ms, p95 %7.2f ms%n".formatted(label, percentile(nanos, 50) / 1e6,
				percentile(nanos, 95) / 1e6);
	}

	private static double percentile(long[] nanos, int p) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return sorted[Math.max(0, (int) Math.ceil(sorted.length * p / 100.0) - 1)];
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}
}
