package org.trustfund.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trustfund.ServerTest;
import org.trustfund.proposals.Fixtures;

/**
 * A browser's form sent with a stale or missing CSRF token (the session expired, the log-in page was left open)
 * is refused 403 with a page saying so and asking to log in again or reload the form, in the reader's language,
 * not the page "not open to your role". Over real HTTP, since the error page is rendered by the error dispatch.
 */
@ServerTest
class ExpiredFormPageTest {

	private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	@LocalServerPort int port;
	@Autowired Fixtures fixtures;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<String> post(String path, String cookie, String basicUser, String form) throws Exception {
		HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.header("Content-Type", "application/x-www-form-urlencoded").header("Accept", BROWSER)
			.header("Cookie", cookie);
		if (basicUser != null) {
			r.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((basicUser + ":" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8)));
		}
		return http.send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	@Test
	void aLogInFormLeftOpenSaysTheFormIsTooOld() throws Exception {
		HttpResponse<String> r = post("/login", "JSESSIONID=expired", null, "username=someone&password=x&_csrf=stale");
		assertThat(r.statusCode()).isEqualTo(403);
		assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		Document page = Jsoup.parse(r.body());
		assertThat(page.select("h1").text()).isEqualTo("Your session has expired or the form is too old");
		assertThat(page.select("main").text()).contains("Log in again or reload the form")
			.doesNotContain("not open to your role");
		assertThat(page.select("main a[href=/login]")).isNotEmpty();
	}

	@Test
	void aSignedInFormWithoutItsTokenSaysSoInArabic() throws Exception {
		Fixtures.Ngo ngo = fixtures.verifiedNgo("TH");
		HttpResponse<String> r = post("/proposals/1/submit", "tf-lang=ar", ngo.username(), "");
		assertThat(r.statusCode()).isEqualTo(403);
		Document page = Jsoup.parse(r.body());
		assertThat(page.select("html").attr("lang")).startsWith("ar");
		assertThat(page.select("h1").text()).isEqualTo("انتهت صلاحية جلستك أو أصبح النموذج قديمًا");
		assertThat(page.select("main").text()).contains("يُرجى تسجيل الدخول من جديد")
			.doesNotContain("غير متاحة لدورك");
	}
}
