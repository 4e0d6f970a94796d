package org.trustfund.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trustfund.ServerTest;
import org.trustfund.TestData;
import org.trustfund.users.Role;
import org.trustfund.users.UserService;

/**
 * Over real HTTP, where Tomcat's forwarded-header handling ({@code server.forward-headers-strategy: native})
 * and Camunda's own filters run: the session cookie is {@code Secure} when a proxy says the client used
 * HTTPS, and Camunda's webapps keep Camunda's Content-Security-Policy (ours would break Cockpit).
 */
@ServerTest
class ProxyAndCamundaHeadersTest {

	@LocalServerPort
	int port;
	@Autowired
	UserService users;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void theSessionCookieIsSecureWhenTheProxySaysHttps() throws Exception {
		// The test client connects from 127.0.0.1, an address Tomcat trusts as a proxy.
		List<String> behindHttps = get("/login", null, "https").headers().allValues("Set-Cookie");
		assertThat(behindHttps).anySatisfy(cookie -> assertThat(cookie).startsWith("SESSION=").contains("; Secure"));

		List<String> plainHttp = get("/login", null, null).headers().allValues("Set-Cookie");
		assertThat(plainHttp).anySatisfy(cookie -> assertThat(cookie).startsWith("SESSION=")
			.doesNotContain("Secure"));
	}

	@Test
	void camundasCsrfCookieIsSecureWhenTheProxySaysHttps() throws Exception {
		String admin = TestData.unique("hdr_admin");
		TestData.staff(users, admin, Role.ADMIN);
		List<String> behindHttps = get("/camunda/app/cockpit/default/", admin, "https").headers()
			.allValues("Set-Cookie");
		assertThat(behindHttps).anySatisfy(cookie -> assertThat(cookie).startsWith("XSRF-TOKEN=").containsIgnoringCase(
				"Secure"));
		List<String> plainHttp = get("/camunda/app/cockpit/default/", admin, null).headers().allValues("Set-Cookie");
		assertThat(plainHttp).anySatisfy(cookie -> assertThat(cookie).startsWith("XSRF-TOKEN=")
			.doesNotContainIgnoringCase("Secure"));
	}

	@Test
	void cockpitLoadsForTheAdministratorUnderCamundasOwnPolicy() throws Exception {
		String admin = TestData.unique("hdr_admin");
		TestData.staff(users, admin, Role.ADMIN);
		HttpResponse<String> cockpit = get("/camunda/app/cockpit/default/", admin, null);
		assertThat(cockpit.statusCode()).isEqualTo(200);
		assertThat(cockpit.body()).contains("<base href=\"/camunda/app/");
		List<String> policies = cockpit.headers().allValues("Content-Security-Policy");
		assertThat(policies).hasSize(1);
		assertThat(policies.get(0)).isNotEqualTo(SecurityHeaders.POLICY).contains("'unsafe-eval'");
		assertThat(cockpit.headers().firstValue("Referrer-Policy")).hasValue("same-origin");

		HttpResponse<String> ours = get("/", admin, null);
		assertThat(ours.headers().allValues("Content-Security-Policy")).containsExactly(SecurityHeaders.POLICY);
	}

	private HttpResponse<String> get(String url, String username, String forwardedProto) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + url))
			.header("Accept", "text/html");
		if (forwardedProto != null) {
			request.header("X-Forwarded-Proto", forwardedProto);
		}
		if (username != null) {
			String credentials = username + ":" + TestData.PASSWORD;
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}
}
