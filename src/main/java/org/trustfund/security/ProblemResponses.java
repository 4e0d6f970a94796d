package org.trustfund.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.util.unit.DataSize;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.trustfund.security.tokens.InvalidApiTokenException;

/**
 * 401, 403 and 429 answers of the API (and the 400/403 of {@link RejectedRequests}) as RFC 9457 problem
 * details. The 401 carries no {@code WWW-Authenticate: Basic} challenge: a browser would then ask for a
 * password and send it with every later request, cross-site ones included. API clients send HTTP Basic
 * credentials unasked.
 */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final ObjectMapper json;

	private final DataSize maxFileSize;

	ProblemResponses(ObjectMapper json, @Value("${spring.servlet.multipart.max-file-size:10MB}") DataSize maxFileSize) {
		this.json = json;
		this.maxFileSize = maxFileSize;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException {
		if (e instanceof LoginLockedException locked) {
			response.setHeader("Retry-After", Long.toString(locked.retryAfterSeconds()));
			write(request, response, HttpStatus.TOO_MANY_REQUESTS, "Too many failed log-ins",
					"Too many failed attempts, try again in " + locked.minutes() + " minutes");
			return;
		}
		if (e instanceof InvalidApiTokenException) {
			write(request, response, HttpStatus.UNAUTHORIZED, "Unauthorized", e.getMessage());
			return;
		}
		write(request, response, HttpStatus.UNAUTHORIZED, "Unauthorized", "Log in, or send HTTP Basic credentials");
	}

	/**
	 * A refusal (403). A browser asking for a page (not an API path, and accepting {@code text/html}) gets the
	 * site's error page in the reader's language, through the error dispatch ({@code sendError(403)}, rendered by
	 * {@code ErrorPages}); an API client (an API path, or a request that does not accept HTML) gets RFC 9457
	 * problem details. A page form's upload over the size limit cannot be parsed, so its CSRF token cannot be
	 * read: the visitor is told the real reason (413, rendered by the error page) instead of "forbidden". The refusal
	 * is left in the request attribute {@code WebAttributes.ACCESS_DENIED_403}, so that the error page says "the
	 * session expired or the form is too old" for a {@link CsrfException}.
	 */
	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
			throws IOException {
		String type = request.getContentType();
		if (e instanceof CsrfException && type != null && type.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)
				&& request.getContentLengthLong() > maxFileSize.toBytes()) {
			response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value());
			return;
		}
		if (wantsPage(request)) {
			// the error page tells a stale or missing CSRF token (session expired, form left open) from a refusal
			request.setAttribute(org.springframework.security.web.WebAttributes.ACCESS_DENIED_403, e);
			response.sendError(HttpStatus.FORBIDDEN.value());
			return;
		}
		if (e instanceof CsrfException) {
			if (SecurityConfig.API.matches(request) && request.getHeader("Authorization") == null
					&& request.getCookies() == null) {
				// An API call with nothing that identifies the caller: "log in", as for a reading request.
				commence(request, response, new InsufficientAuthenticationException("No credentials"));
				return;
			}
			write(request, response, HttpStatus.FORBIDDEN, "Forbidden", "The request carries no valid CSRF token: a page "
					+ "form sends one; an API client sends its credentials (HTTP Basic or a token) and no cookies");
			return;
		}
		write(request, response, HttpStatus.FORBIDDEN, "Forbidden", "Your role does not allow this");
	}

	/**
	 * @return whether {@code request} is a browser's page request: with an {@code Accept} header naming {@code
	 *         text/html}, outside the APIs ({@link SecurityConfig#API}), and, for Camunda (however the path is spelt),
	 *         one of the webapps' pages ({@code /camunda/app/**}), never an engine API
	 */
	static boolean wantsPage(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		if (accept == null || !accept.contains(MediaType.TEXT_HTML_VALUE) || SecurityConfig.API.matches(request)) {
			return false;
		}
		return !CamundaPaths.targetsCamunda(request) || WEBAPP_PAGES.matches(request);
	}

	private static final org.springframework.security.web.util.matcher.RequestMatcher WEBAPP_PAGES = CamundaPaths
		.matching("/camunda/app", "/camunda/app/**");

	/** Writes {@code status} with a problem-details body; the response must not be committed yet. */
	void write(HttpServletResponse response, HttpStatus status, String title, String detail) throws IOException {
		write(null, response, status, title, detail);
	}

	/**
	 * As {@link #write(HttpServletResponse, HttpStatus, String, String)}, naming the request that was refused
	 * ({@code instance}) when its path is a plain one.
	 */
	void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title,
			String detail) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		if (request != null) {
			try {
				problem.setInstance(java.net.URI.create(request.getRequestURI()));
			}
			catch (IllegalArgumentException notPlain) {
				// a path Tomcat let through but no URI: the problem names no instance
			}
		}
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), problem);
	}
}
