package org.trustfund.security.tokens;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;
import org.trustfund.security.AppUser;

/**
 * Authenticates {@code Authorization: Bearer <token>} with a personal API token: one hash (SHA-256) and one
 * index lookup instead of a BCrypt check, and the owner loaded with it in the same read (no transaction). Stateless: the
 * authentication lives in this request's security context only and is never saved to a session. A token
 * that is unknown, revoked or expired, or whose owner is disabled, gets the entry point's 401 (problem
 * details) at once. Requests without a Bearer header pass untouched. The token is never logged.
 * Not a Spring bean, so that the servlet container does not run it outside Spring Security's chain.
 */
public class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final ApiTokenService tokens;
	private final AuthenticationEntryPoint entryPoint;

	/**
	 * @param tokens checks the presented token and loads its owner
	 * @param entryPoint answers a refused token (the API's 401 problem details)
	 */
	public ApiTokenAuthenticationFilter(ApiTokenService tokens, AuthenticationEntryPoint entryPoint) {
		this.tokens = tokens;
		this.entryPoint = entryPoint;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			chain.doFilter(request, response);
			return;
		}
		Optional<AppUser> owner = tokens.authenticate(header.substring(BEARER.length()).strip());
		if (owner.isEmpty()) {
			refuse(request, response, "The API token is unknown, expired or revoked");
			return;
		}
		if (!owner.get().isEnabled()) {
			refuse(request, response, "The account of this API token is disabled");
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new ApiTokenAuthentication(owner.get()));
		SecurityContextHolder.setContext(context);
		chain.doFilter(request, response);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, String why)
			throws IOException, ServletException {
		SecurityContextHolder.clearContext();
		entryPoint.commence(request, response, new InvalidApiTokenException(why));
	}
}
