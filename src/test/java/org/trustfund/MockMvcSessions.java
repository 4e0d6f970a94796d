package org.trustfund;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.test.autoconfigure.web.servlet.MockMvcBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.ConfigurableMockMvcBuilder;
import org.springframework.test.web.servlet.setup.MockMvcConfigurerAdapter;
import org.springframework.web.context.WebApplicationContext;

/**
 * MockMvc with the application's sessions in the database (Spring Session JDBC): a session is the
 * {@code SESSION} cookie, which MockMvc's {@code .session(...)} cannot carry. {@link #of(MvcResult)} turns
 * the cookie a log-in answered with into a {@link MockHttpSession} that remembers it, and every request made
 * with such a session sends the cookie again, so tests keep writing {@code .session(session)}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MockMvcSessions {

	static final String COOKIE = "SESSION";
	private static final String VALUE = MockMvcSessions.class.getName() + ".cookie";

	/** The session a response opened: its {@code SESSION} cookie, kept in a mock session. */
	public static MockHttpSession of(MvcResult result) {
		Cookie cookie = result.getResponse().getCookie(COOKIE);
		if (cookie == null) {
			throw new IllegalStateException("The response opened no session (no " + COOKIE + " cookie)");
		}
		MockHttpSession session = new MockHttpSession();
		session.setAttribute(VALUE, cookie.getValue());
		return session;
	}

	@Bean
	MockMvcBuilderCustomizer sessionCookies() {
		return builder -> builder.apply(new MockMvcConfigurerAdapter() {
			@Override
			public RequestPostProcessor beforeMockMvcCreated(ConfigurableMockMvcBuilder<?> mvc,
					WebApplicationContext context) {
				return request -> {
					HttpSession session = request.getSession(false);
					if (session instanceof MockHttpSession mock && mock.getAttribute(VALUE) instanceof String value) {
						List<Cookie> cookies = new ArrayList<>(
								request.getCookies() == null ? List.of() : List.of(request.getCookies()));
						cookies.add(new Cookie(COOKIE, value));
						request.setCookies(cookies.toArray(Cookie[]::new));
					}
					return request;
				};
			}
		});
	}
}
