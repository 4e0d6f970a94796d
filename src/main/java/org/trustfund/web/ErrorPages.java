package org.trustfund.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Replaces Spring Boot's error controller for errors that reach {@code /error}: those raised before a
 * controller was chosen (unknown path or method, unsupported media type, a request the firewall refused)
 * and exceptions of page controllers. The API ({@code /api/**}, or any client that does not accept HTML)
 * gets RFC 9457 problem details; pages get {@code error.html} with a message for 4xx. A page form refused for
 * its CSRF token (a {@link CsrfException} left by the security's access-denied handler: the session expired, or
 * the form was left open too long) is still 403, but says so and asks to log in again or reload the form. A concurrent change
 * is answered 409; anything else unexpected 500, logged as a defect, without internals.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorPages implements ErrorController {

	private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

	private final MessageSource messages;
	private final long maxUploadMegabytes;
	private final long maxFileBytes;

	ErrorPages(MessageSource messages, @Value("${trustfund.uploads.max-bytes:10485760}") long maxUploadBytes,
			@Value("${spring.servlet.multipart.max-file-size:10MB}") DataSize maxFileSize) {
		this.messages = messages;
		this.maxUploadMegabytes = Math.max(1, maxUploadBytes / (1024 * 1024));
		this.maxFileBytes = maxFileSize.toBytes();
	}

	/** @return problem details for the API and clients that do not accept HTML, else the error page */
	@RequestMapping
	Object error(HttpServletRequest request) {
		return render(request, status(request), LocaleContextHolder.getLocale());
	}

	Object render(HttpServletRequest request, HttpStatus status, Locale locale) {
		String accept = request.getHeader("Accept");
		if (isApi(request) || accept == null || !accept.contains(MediaType.TEXT_HTML_VALUE)) {
			ResponseEntity<ProblemDetail> problem = UploadLimits.problem(status, switch (status) {
				case CONFLICT -> request.getAttribute(RuleErrorStatus.MESSAGE) instanceof String rule ? rule
						: ConcurrentChanges.MESSAGE;
				case PAYLOAD_TOO_LARGE -> "The upload is larger than the limit of " + maxUploadMegabytes + " MB";
				case INTERNAL_SERVER_ERROR -> "The request could not be completed; the error was logged";
				default -> status.getReasonPhrase();
			});
			// the request that failed, not the error dispatch's own path
			Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
			if (uri != null && problem.getBody() != null) {
				problem.getBody().setInstance(java.net.URI.create(uri.toString()));
			}
			return problem;
		}
		String key = switch (status) {
			case CONFLICT -> "error.conflict";
			case PAYLOAD_TOO_LARGE -> "error.tooLarge";
			case BAD_REQUEST, UNSUPPORTED_MEDIA_TYPE, METHOD_NOT_ALLOWED -> "error.badRequest";
			default -> null;
		};
		String message = key == null ? "" : messages.getMessage(key, new Object[] { maxUploadMegabytes }, locale);
		if (request.getAttribute(RuleErrorStatus.MESSAGE) instanceof String rule && !rule.isBlank()) {
			// a rule's refusal (e.g. the proposal's stage), already in the reader's language
			message = rule;
		}
		boolean expired = status == HttpStatus.FORBIDDEN && request.getAttribute(
				org.springframework.security.web.WebAttributes.ACCESS_DENIED_403) instanceof CsrfException;
		return new ModelAndView("error", Map.of("status", status.value(), "message", message, "expired", expired),
				status);
	}

	/** The status the error dispatch carries, corrected for exceptions that are no defect of ours. */
	private HttpStatus status(HttpServletRequest request) {
		Throwable e = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer c ? HttpStatus.resolve(c) : null;
		if (status == null) {
			status = HttpStatus.INTERNAL_SERVER_ERROR;
		}
		if (e != null && ConcurrentChanges.cause(e) != null) {
			return HttpStatus.CONFLICT;
		}
		if (e != null && hasCause(e, MaxUploadSizeExceededException.class) || status == HttpStatus.FORBIDDEN
				&& tooLargeToRead(request)) {
			return HttpStatus.PAYLOAD_TOO_LARGE;
		}
		if (e != null && hasCause(e, MultipartException.class)) {
			return HttpStatus.BAD_REQUEST;
		}
		if (status.is5xxServerError()) {
			log.error("Unexpected error on {}", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), e);
		}
		return status;
	}

	/**
	 * A page form's upload over the limit cannot be parsed, so its CSRF token cannot be read either and
	 * Spring Security refuses it (403) before Spring MVC sees it; the visitor is told the real reason.
	 */
	private boolean tooLargeToRead(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)
				&& request.getContentLengthLong() > maxFileBytes;
	}

	private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
		for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (type.isInstance(t)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isApi(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri == null) {
			uri = request.getRequestURI();
		}
		return uri.toString().startsWith("/api/") || uri.toString().equals("/api");
	}
}
