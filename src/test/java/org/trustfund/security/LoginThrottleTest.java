package org.trustfund.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.trustfund.IntegrationTest;
import org.trustfund.TestData;
import org.trustfund.users.Role;
import org.trustfund.users.UserService;

/**
 * Log-in throttling with the default settings (5 failures per account, 20 per address, within 15 minutes,
 * lock for 15 minutes), through the login form and HTTP Basic. Each test uses client addresses of its own,
 * so that the address limit of one test never touches another (MockMvc's default is 127.0.0.1).
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LoginThrottleTest {

	private static final String WRONG = "not-the-password";

	@Autowired
	MockMvc mvc;
	@Autowired
	UserService users;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	LoginSettings settings;
	@Autowired
	UserDetailsService userDetails;
	@Autowired
	PasswordEncoder encoder;

	@Test
	void fiveWrongBasicPasswordsLockTheAccountEvenForTheRightPassword(CapturedOutput output) throws Exception {
		String user = user();
		String address = address();
		for (int i = 1; i < 5; i++) {
			basic(user, WRONG, address).andExpect(status().isUnauthorized());
		}
		MvcResult fifth = basic(user, WRONG, address).andExpect(status().isTooManyRequests())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(429))
			.andExpect(jsonPath("$.detail").value("Too many failed attempts, try again in 15 minutes"))
			.andReturn();
		assertThat(Long.parseLong(fifth.getResponse().getHeader("Retry-After"))).isBetween(890L, 900L);

		basic(user, TestData.PASSWORD, address).andExpect(status().isTooManyRequests());
		// The account is locked, wherever the client is.
		basic(user, TestData.PASSWORD, address()).andExpect(status().isTooManyRequests());

		assertThat(output.getOut()).contains("Failed log-in: user '" + user + "' from " + address)
			.contains("Log-in refused during lockout: user '" + user + "'")
			.doesNotContain(WRONG)
			.doesNotContain(TestData.PASSWORD);
	}

	@Test
	void fiveWrongFormPasswordsLockTheAccountAndThePageSaysForHowLong() throws Exception {
		String user = user();
		String address = address();
		for (int i = 1; i < 5; i++) {
			form(user, WRONG, address).andExpect(redirectedUrl("/login?error"));
		}
		form(user, WRONG, address).andExpect(redirectedUrl("/login?locked=15"));
		form(user, TestData.PASSWORD, address).andExpect(redirectedUrl("/login?locked=15"));
		// Over HTTP Basic too: one counter per account.
		basic(user, TestData.PASSWORD, address()).andExpect(status().isTooManyRequests());

		mvc.perform(get("/login").param("locked", "15").param("lang", "en"))
			.andExpect(content().string(containsString("Too many failed attempts, try again in 15 minutes.")));
		mvc.perform(get("/login").param("locked", "15").param("lang", "ar"))
			.andExpect(content().string(containsString("محاولات فاشلة كثيرة، حاول مرة أخرى بعد 15 دقيقة.")));
		mvc.perform(get("/login").param("locked", "<b>x</b>").param("lang", "en"))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Too many failed attempts"))));
	}

	@Test
	void aSuccessfulLogInClearsTheAccountsFailures() throws Exception {
		String user = user();
		String address = address();
		for (int i = 0; i < 4; i++) {
			basic(user, WRONG, address).andExpect(status().isUnauthorized());
		}
		form(user, TestData.PASSWORD, address).andExpect(redirectedUrl("/"));
		for (int i = 0; i < 4; i++) {
			basic(user, WRONG, address).andExpect(status().isUnauthorized());
		}
		basic(user, TestData.PASSWORD, address).andExpect(status().isOk());
	}

	@Test
	void twentyFailuresFromOneAddressLockThatAddressForEveryAccount() throws Exception {
		String address = address();
		for (int i = 1; i < 20; i++) {
			basic(TestData.unique("nobody"), WRONG, address).andExpect(status().isUnauthorized());
		}
		basic(TestData.unique("nobody"), WRONG, address).andExpect(status().isTooManyRequests());

		String user = user();
		basic(user, TestData.PASSWORD, address).andExpect(status().isTooManyRequests());
		form(user, TestData.PASSWORD, address).andExpect(redirectedUrl("/login?locked=15"));
		// The same account from elsewhere is not locked: the address is.
		basic(user, TestData.PASSWORD, address()).andExpect(status().isOk());
	}

	@Test
	void theLockoutEndsAfterItsTime() throws Exception {
		String user = user();
		String address = address();
		for (int i = 1; i < 5; i++) {
			basic(user, WRONG, address).andExpect(status().isUnauthorized());
		}
		basic(user, WRONG, address).andExpect(status().isTooManyRequests());

		// The same table, read by a throttle whose clock runs ahead.
		Authentication almost = logInAt(Duration.ofMinutes(14), user, address);
		assertThat(almost).isNull();
		Authentication later = logInAt(settings.lockout().plusSeconds(1), user, address);
		assertThat(later.isAuthenticated()).isTrue();
		assertThat(later.getName()).isEqualTo(user);
		// That log-in cleared the account's failures for everyone.
		basic(user, TestData.PASSWORD, address).andExpect(status().isOk());
	}

	/** Logs in with the right password through a provider whose clock is {@code ahead}; null if refused. */
	private Authentication logInAt(Duration ahead, String user, String address) {
		LoginThrottle throttle = new LoginThrottle(jdbc, settings, Clock.offset(Clock.systemUTC(), ahead));
		ThrottledAuthenticationProvider provider = new ThrottledAuthenticationProvider(userDetails, encoder, throttle);
		UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(user,
				TestData.PASSWORD);
		token.setDetails(new WebAuthenticationDetails(address, null));
		try {
			return provider.authenticate(token);
		}
		catch (LoginLockedException e) {
			return null;
		}
	}

	private ResultActions basic(String username, String password, String address) throws Exception {
		return mvc.perform(get("/api/tasks").with(httpBasic(username, password)).with(from(address)));
	}

	private ResultActions form(String username, String password, String address) throws Exception {
		return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
			.with(from(address)));
	}

	private String user() {
		String username = TestData.unique("throttle");
		TestData.staff(users, username, Role.REVIEWER);
		return username;
	}

	/** A client address of this test alone (10.x.y.z, random). */
	private static String address() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
	}

	private static RequestPostProcessor from(String address) {
		return (MockHttpServletRequest request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}
}
