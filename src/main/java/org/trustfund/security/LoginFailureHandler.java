package org.trustfund.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Where a failed form log-in goes: {@code /login?locked=N} (N minutes, rounded up) during a lockout, so the
 * page can say when to try again; {@code /login?error} otherwise (wrong password or disabled account, one
 * message for both).
 */
@Component
class LoginFailureHandler implements AuthenticationFailureHandler {

	private final RedirectStrategy redirect = new DefaultRedirectStrategy();

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String target = exception instanceof LoginLockedException locked ? "/login?locked=" + locked.minutes()
				: "/login?error";
		redirect.sendRedirect(request, response, target);
	}
}
