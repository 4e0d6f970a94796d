package org.trustfund.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trustfund.ServerTest;
import org.trustfund.proposals.Fixtures;
import org.trustfund.proposals.Proposal;

/**
 * A refusal (403) as a browser sees it: the site's error page (status 403, the menu, a way back, in the reader's
 * language) for a page asked with {@code Accept: text/html}, and RFC 9457 problem details for the API and for
 * clients that do not accept HTML. Over real HTTP, since the error page is rendered by the error dispatch.
 */
@ServerTest
class ForbiddenPageSecurityTest {

	private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	@LocalServerPort int port;
	@Autowired Fixtures fixtures;

	private final HttpClient http = HttpClient.newHttpClient();
	private Fixtures.Ngo ngo;
	private Proposal othersProposal;

	@BeforeEach
	void anNgoAndAnotherOrganisationsProposal() {
		ngo = fixtures.verifiedNgo("TH");
		Fixtures.Ngo other = fixtures.verifiedNgo("TH");
		othersProposal = fixtures.submitted(fixtures.openCall().getId(), other);
	}

	private HttpResponse<String> get(String path, String accept, String cookie) throws Exception {
		return get(ngo.username(), path, accept, cookie);
	}

	private HttpResponse<String> get(String username, String path, String accept, String cookie) throws Exception {
		String credentials = username + ":" + Fixtures.PASSWORD;
		HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET()
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
			.header("Accept", accept);
		if (cookie != null) {
			r.header("Cookie", cookie);
		}
		return http.send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	@Test
	void aBrowserRefusedAPageGetsTheErrorPageInEnglish() throws Exception {
		for (String path : List.of("/proposals/" + othersProposal.getId(), "/proposals/" + othersProposal.getId()
				+ "/process", "/ledger", "/camunda/app/")) {
			HttpResponse<String> r = get(path, BROWSER, null);
			assertThat(r.statusCode()).as(path).isEqualTo(403);
			assertThat(r.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("text/html");
			Document page = Jsoup.parse(r.body());
			assertThat(page.select("h1").text()).as(path).isEqualTo("You may not open this page");
			assertThat(page.select("main").text()).as(path).contains("not open to your role");
			assertThat(page.select("main a[href=/]")).as(path + ": a way back").isNotEmpty();
			assertThat(page.select("nav")).as(path + ": the menu").isNotEmpty();
			assertThat(r.body()).as(path).doesNotContain("\"status\":403");
		}
	}

	@Test
	void aBrowserRefusedAPageGetsTheErrorPageInArabic() throws Exception {
		HttpResponse<String> r = get("/proposals/" + othersProposal.getId(), BROWSER, "tf-lang=ar");
		assertThat(r.statusCode()).isEqualTo(403);
		Document page = Jsoup.parse(r.body());
		assertThat(page.select("html").attr("lang")).startsWith("ar");
		assertThat(page.select("h1").text()).isEqualTo("لا يحق لك فتح هذه الصفحة");
		assertThat(page.select("main").text()).contains("هذه الصفحة غير متاحة لدورك");
	}

	/** The CSV used to start its download before the access check: Tomcat then failed the refusal with a 500. */
	@Test
	void aTrusteeRefusedTheProposalsCsvGetsA403AndNoDownload() throws Exception {
		String trustee = fixtures.user(org.trustfund.users.Role.TRUSTEE);
		HttpResponse<String> page = get(trustee, "/proposals/export.csv", BROWSER, null);
		assertThat(page.statusCode()).as(page.body()).isEqualTo(403);
		assertThat(page.headers().firstValue("Content-Disposition")).isEmpty();
		assertThat(Jsoup.parse(page.body()).select("h1").text()).isEqualTo("You may not open this page");
		HttpResponse<String> api = get(trustee, "/proposals/export.csv", "application/json", null);
		assertThat(api.statusCode()).as(api.body()).isEqualTo(403);
		assertThat(api.headers().firstValue("Content-Disposition")).isEmpty();
		assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
	}

	@Test
	void theApiAndClientsThatDoNotAcceptHtmlKeepProblemDetails() throws Exception {
		for (String[] request : List.of(new String[] { "/api/proposals/" + othersProposal.getId(), BROWSER },
				new String[] { "/proposals/" + othersProposal.getId(), "application/json" })) {
			HttpResponse<String> r = get(request[0], request[1], null);
			assertThat(r.statusCode()).as(request[0]).isEqualTo(403);
			assertThat(r.headers().firstValue("Content-Type").orElse("")).as(request[0])
				.startsWith("application/problem+json");
			assertThat(r.body()).as(request[0]).contains("\"status\":403");
		}
	}
}
