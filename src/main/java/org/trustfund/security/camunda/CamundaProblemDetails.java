package org.trustfund.security.camunda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Camunda's REST API ({@code /engine-rest/**}) and its webapps' API ({@code /camunda/api/**}) answer errors in
 * their own shape ({@code {"type":"AuthorizationException","message":…}}) and some bad requests with 500 (an
 * unknown job's retries, a missing body). This filter, in front of both, turns every error answer into RFC 9457
 * problem details with the status the request deserves:
 * <ul>
 * <li>a 4xx keeps Camunda's status; a 5xx caused by the request is turned into the 4xx it is: Camunda's request
 * errors ({@code InvalidRequestException}, {@code BadUserRequestException}, {@code NullValueException},
 * {@code NotValidException}, JSON parse and mapping errors) 400, {@code NotFoundException} 404, and a
 * {@code NullPointerException} on a write without a body 400 ("a JSON body is required");
 * <li>Camunda's message stays the detail (these APIs are for operators, who need it), except on a 5xx left, whose
 * detail says nothing of the internals and which is logged as a defect.
 * </ul>
 * It also marks Camunda's CSRF cookie ({@code XSRF-TOKEN}, set on the webapps' pages and API) {@code Secure}
 * whenever the request came over HTTPS (directly or through a proxy's {@code X-Forwarded-Proto}), as the session
 * cookie is.
 */
@Configuration
class CamundaProblemDetails {

	private static final Logger log = LoggerFactory.getLogger(CamundaProblemDetails.class);

	private static final Set<String> BAD_REQUEST = Set.of("InvalidRequestException", "BadUserRequestException",
			"NullValueException", "NotValidException", "JsonParseException", "JsonMappingException",
			"MismatchedInputException", "InvalidFormatException", "QueryParamException", "RestException",
			"NumberFormatException", "IllegalArgumentException");

	@Bean
	FilterRegistrationBean<ErrorBodies> camundaErrorBodies(ObjectMapper json) {
		FilterRegistrationBean<ErrorBodies> registration = new FilterRegistrationBean<>(new ErrorBodies(json));
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*", "/camunda/app/*");
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}

	/** The filter; see the class comment. */
	static final class ErrorBodies extends OncePerRequestFilter {

		private final ObjectMapper json;

		ErrorBodies(ObjectMapper json) {
			this.json = json;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			SecureCsrfCookie secured = new SecureCsrfCookie(response, request.isSecure());
			if (request.getRequestURI().startsWith(request.getContextPath() + "/camunda/app/")) {
				chain.doFilter(request, secured);
				return;
			}
			ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(secured);
			try {
				chain.doFilter(request, buffered);
			}
			finally {
				if (buffered.getStatus() >= 400 && !isProblem(buffered.getContentType())
						&& !buffered.isCommitted()) {
					rewrite(request, buffered);
				}
				buffered.copyBodyToResponse();
			}
		}

		private void rewrite(HttpServletRequest request, ContentCachingResponseWrapper response) throws IOException {
			String type = null;
			String message = null;
			byte[] body = response.getContentAsByteArray();
			if (body.length > 0) {
				try {
					JsonNode error = json.readTree(body);
					type = error.path("type").asText(null);
					message = error.path("message").asText(null);
				}
				catch (IOException notJson) {
					message = null;
				}
			}
			HttpStatus status = status(response.getStatus(), type, request);
			String detail;
			if (status.is5xxServerError()) {
				log.error("Defect: Camunda answered {} {} with {} {}: {}", request.getMethod(),
						request.getRequestURI(), response.getStatus(), type, message);
				detail = "The process engine could not do this. The error is logged for the operators.";
			}
			else if (status == HttpStatus.BAD_REQUEST && "NullPointerException".equals(type)) {
				detail = "This operation needs a JSON body with its parameters (see Camunda's REST API reference).";
			}
			else {
				detail = message != null ? message : status.getReasonPhrase();
			}
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
			problem.setTitle(status.getReasonPhrase());
			problem.setInstance(URI.create(request.getRequestURI()));
			if (type != null) {
				problem.setProperty("camundaType", type);
			}
			response.resetBuffer();
			response.setStatus(status.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			json.writeValue(response.getOutputStream(), problem);
		}

		private static HttpStatus status(int given, String type, HttpServletRequest request) {
			HttpStatus status = HttpStatus.resolve(given);
			if ("QueryParamException".equals(type)) {
				return HttpStatus.BAD_REQUEST; // JAX-RS answers a query parameter of the wrong type with 404
			}
			if (given < 500 && status != null) {
				return status; // Camunda's own 4xx (its InvalidRequestException carries 400 or 404) stands
			}
			if (type != null && BAD_REQUEST.contains(type)) {
				return HttpStatus.BAD_REQUEST;
			}
			if ("NotFoundException".equals(type)) {
				return HttpStatus.NOT_FOUND;
			}
			if ("NullPointerException".equals(type) && request.getContentLengthLong() <= 0
					&& !"GET".equals(request.getMethod())) {
				return HttpStatus.BAD_REQUEST;
			}
			return status != null ? status : HttpStatus.INTERNAL_SERVER_ERROR;
		}

		private static boolean isProblem(String contentType) {
			return contentType != null && contentType.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		}
	}

	/** Adds {@code Secure} to Camunda's {@code XSRF-TOKEN} cookie on requests that came over HTTPS. */
	static final class SecureCsrfCookie extends jakarta.servlet.http.HttpServletResponseWrapper {

		private final boolean secure;

		SecureCsrfCookie(HttpServletResponse response, boolean secure) {
			super(response);
			this.secure = secure;
		}

		@Override
		public void addCookie(Cookie cookie) {
			if (secure && "XSRF-TOKEN".equals(cookie.getName())) {
				cookie.setSecure(true);
			}
			super.addCookie(cookie);
		}

		@Override
		public void addHeader(String name, String value) {
			super.addHeader(name, securedCookie(name, value));
		}

		@Override
		public void setHeader(String name, String value) {
			super.setHeader(name, securedCookie(name, value));
		}

		private String securedCookie(String name, String value) {
			if (secure && HttpHeaders.SET_COOKIE.equalsIgnoreCase(name) && value != null
					&& value.startsWith("XSRF-TOKEN=") && !value.toLowerCase().contains("secure")) {
				return value + ";Secure";
			}
			return value;
		}
	}
}
