package org.trustfund.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The requests that need no CSRF token: API clients that send their own credentials and nothing a
 * browser adds by itself. A request matches only if it carries {@code Authorization: Basic} (or
 * {@code Bearer}), no cookie at all, no {@code Origin} header and no {@code Sec-Fetch-Site} other than
 * {@code none}. A browser's cross-site form or script carries an {@code Origin} (and {@code Sec-Fetch-Site:
 * cross-site}), and a logged-in browser carries its session cookie; either makes the request need a token,
 * even if the browser once cached HTTP Basic credentials.
 */
final class CredentialsOnlyRequests implements RequestMatcher {

	static final RequestMatcher MATCHER = new CredentialsOnlyRequests();

	private CredentialsOnlyRequests() {
	}

	/** @return true if the request is a plain API call with its own credentials (see the class comment) */
	@Override
	public boolean matches(HttpServletRequest request) {
		String authorization = request.getHeader("Authorization");
		boolean credentials = authorization != null && (authorization.regionMatches(true, 0, "Basic ", 0, 6)
				|| authorization.regionMatches(true, 0, "Bearer ", 0, 7));
		Cookie[] cookies = request.getCookies();
		boolean noCookies = (cookies == null || cookies.length == 0) && request.getHeader("Cookie") == null;
		String fetchSite = request.getHeader("Sec-Fetch-Site");
		boolean notFromAPage = request.getHeader("Origin") == null
				&& (fetchSite == null || fetchSite.equalsIgnoreCase("none"));
		return credentials && noCookies && notFromAPage;
	}
}
