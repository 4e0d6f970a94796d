package org.trustfund.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;
import org.trustfund.security.tokens.ApiTokenAuthentication;
import org.trustfund.users.UserAccount;
import org.trustfund.users.UserAccounts;

/**
 * Ends the session of a user whom an administrator disabled (or deleted) while they were logged in:
 * the login check alone would let an open session go on.
 */
class ActiveAccountFilter extends OncePerRequestFilter {

	private final UserAccounts users;
	private final AuthenticationEntryPoint entryPoint;

	ActiveAccountFilter(UserAccounts users, AuthenticationEntryPoint entryPoint) {
		this.users = users;
		this.entryPoint = entryPoint;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		// A token's owner was loaded, and checked, by this very request (ApiTokenAuthenticationFilter).
		if (auth != null && auth.getPrincipal() instanceof AppUser user && !(auth instanceof ApiTokenAuthentication)
				&& !users.findById(user.getUsername()).map(UserAccount::isEnabled).orElse(false)) {
			SecurityContextHolder.clearContext();
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			entryPoint.commence(request, response, new DisabledException("The account is disabled"));
			return;
		}
		chain.doFilter(request, response);
	}
}
