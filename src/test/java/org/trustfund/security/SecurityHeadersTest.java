package org.trustfund.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import jakarta.servlet.http.Cookie;
import org.springframework.http.MediaType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.trustfund.IntegrationTest;
import org.trustfund.TestData;
import org.trustfund.users.Role;
import org.trustfund.users.UserService;

/**
 * The response headers of our pages, and which requests with HTTP Basic credentials may skip the CSRF
 * token: only API calls that carry nothing a browser adds by itself (cookies, Origin).
 */
@IntegrationTest
class SecurityHeadersTest {

	/** An API write that needs a valid CSRF token or an exemption; past the CSRF check it finds no task (404). */
	private static final String WRITE = "/api/tasks/no-such-task/claim";

	@Autowired
	MockMvc mvc;
	@Autowired
	UserService users;

	private String user;

	@BeforeEach
	void user() {
		user = TestData.unique("hdr");
		TestData.staff(users, user, Role.FUND_MANAGER);
	}

	@Test
	void pagesGetAStrictContentSecurityPolicyAndPrivacyHeaders() throws Exception {
		for (String url : new String[] { "/login", "/api/tasks", "/swagger-ui/index.html" }) {
			mvc.perform(get(url).with(httpBasic(user, TestData.PASSWORD)))
				.andExpect(header().string("Content-Security-Policy", SecurityHeaders.POLICY))
				.andExpect(header().string("Referrer-Policy", "same-origin"))
				.andExpect(header().string("Permissions-Policy", "camera=(), microphone=(), geolocation=()"))
				.andExpect(header().string("X-Frame-Options", "SAMEORIGIN"));
		}
	}

	/**
	 * The style sheets and scripts a page links to are addressed by their content, and browsers may keep them a
	 * year; the pages themselves, which carry personal data, are never stored.
	 */
	@Test
	void pagesLinkStyleSheetsAndScriptsByContentWhichBrowsersKeep() throws Exception {
		MvcResult login = mvc.perform(get("/").param("lang", "ar").with(httpBasic(user, TestData.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
			.andReturn();
		String page = login.getResponse().getContentAsString();
		java.util.regex.Matcher files = java.util.regex.Pattern
			.compile("(?:href|src)=\"(/(?:css|js)/[a-z]+-[0-9a-f]{32}\\.(?:css|js))\"").matcher(page);
		java.util.List<String> found = new java.util.ArrayList<>();
		while (files.find()) {
			found.add(files.group(1));
		}
		org.assertj.core.api.Assertions.assertThat(found).as("files linked from %s", page)
			.anySatisfy(f -> org.assertj.core.api.Assertions.assertThat(f).startsWith("/css/app-"))
			.anySatisfy(f -> org.assertj.core.api.Assertions.assertThat(f).startsWith("/css/rtl-"))
			.anySatisfy(f -> org.assertj.core.api.Assertions.assertThat(f).startsWith("/js/app-"))
			.anySatisfy(f -> org.assertj.core.api.Assertions.assertThat(f).startsWith("/js/forms-"));
		for (String file : found) {
			MvcResult got = mvc.perform(get(file)).andExpect(status().isOk())
				.andExpect(header().string("Cache-Control", "max-age=31536000, public")).andReturn();
			org.assertj.core.api.Assertions.assertThat(got.getResponse().getContentAsByteArray()).as(file).isNotEmpty();
		}
	}

	@Test
	void ourPolicyAllowsNoInlineScriptOrStyle() {
		org.assertj.core.api.Assertions.assertThat(SecurityHeaders.POLICY)
			.contains("script-src 'self';", "style-src 'self';", "object-src 'none'")
			.doesNotContain("unsafe-inline", "unsafe-eval");
	}

	@Test
	void camundasWebappsKeepTheirOwnPolicy() throws Exception {
		// MockMvc stops at Spring Security here (Camunda's own filter sets its CSP on a real server).
		mvc.perform(get("/camunda/app/cockpit/default/").with(httpBasic(user, TestData.PASSWORD)))
			.andExpect(header().doesNotExist("Content-Security-Policy"))
			.andExpect(header().string("Referrer-Policy", "same-origin"));
	}

	/** An anonymous write with nothing that identifies a caller is told to log in, as an anonymous read is. */
	@Test
	void anAnonymousWriteWithoutCookiesGets401() throws Exception {
		mvc.perform(post(WRITE)).andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void anApiCallWithBasicCredentialsAndNoCookiesNeedsNoCsrfToken() throws Exception {
		mvc.perform(post(WRITE).with(httpBasic(user, TestData.PASSWORD))).andExpect(status().isNotFound());
	}

	@Test
	void basicCredentialsWithASessionCookieStillNeedACsrfToken() throws Exception {
		MockHttpSession session = TestData.login(mvc, user);
		mvc.perform(post(WRITE).with(httpBasic(user, TestData.PASSWORD)).session(session)
			.cookie(new Cookie("SESSION", session.getId())))
			.andExpect(status().isForbidden());
		// Any cookie (here the language choice) shows a browser; the answer says what is missing.
		mvc.perform(post(WRITE).with(httpBasic(user, TestData.PASSWORD)).cookie(new Cookie("tf-lang", "en")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("CSRF token")));
	}

	@Test
	void basicCredentialsSentFromAnotherSitesPageNeedACsrfToken() throws Exception {
		mvc.perform(post(WRITE).with(httpBasic(user, TestData.PASSWORD)).header("Origin", "https://evil.example"))
			.andExpect(status().isForbidden());
		mvc.perform(post(WRITE).with(httpBasic(user, TestData.PASSWORD)).header("Sec-Fetch-Site", "cross-site"))
			.andExpect(status().isForbidden());
	}

	@Test
	void unauthorisedAnswersCarryNoBasicChallenge() throws Exception {
		mvc.perform(get("/api/tasks")).andExpect(status().isUnauthorized())
			.andExpect(header().doesNotExist("WWW-Authenticate"));
		mvc.perform(get("/tasks").with(httpBasic(TestData.unique("nobody"), "wrong-password")))
			.andExpect(status().isUnauthorized())
			.andExpect(header().doesNotExist("WWW-Authenticate"));
	}
}
