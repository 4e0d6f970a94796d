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
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Replaces Spring Boot's error controller for errors that reach {@code /error}: those raised before a
 * controller was chosen (unknown path or method, unsupported media type, an upload over the size limit,
 * a request the firewall refused) and exceptions of page controllers. The API ({@code /api/**}, or any
 * client that does not accept HTML) gets RFC 9457 problem details; pages get {@code error.html} with a
 * message for 4xx. A concurrent change is answered 409; anything else unexpected 500, logged as a
 * defect, without internals.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorPages implements ErrorController {

	private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

	private final MessageSource messages;
	private final long maxUploadMegabytes;

	ErrorPages(MessageSource messages, @Value("${trustfund.uploads.max-bytes:10485760}") long maxUploadBytes) {
		this.messages = messages;
		this.maxUploadMegabytes = Math.max(1, maxUploadBytes / (1024 * 1024));
	}

	/**
	 * @return problem details for the API and clients that do not accept HTML, else the error page
	 */
	@RequestMapping
	Object error(HttpServletRequest request, Locale locale) {
		HttpStatus status = status(request);
		String accept = request.getHeader("Accept");
		if (isApi(request) || accept == null || !accept.contains(MediaType.TEXT_HTML_VALUE)) {
			return problem(status);
		}
		String key = switch (status) {
			case CONFLICT -> "error.conflict";
			case PAYLOAD_TOO_LARGE -> "error.tooLarge";
			case BAD_REQUEST, UNSUPPORTED_MEDIA_TYPE, METHOD_NOT_ALLOWED -> "error.badRequest";
			default -> null;
		};
		String message = key == null ? null : messages.getMessage(key, new Object[] { maxUploadMegabytes }, locale);
		return new ModelAndView("error", Map.of("status", status.value(), "message", message == null ? "" : message),
				status);
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status) {
		String detail = switch (status) {
			case CONFLICT -> ConcurrentChanges.MESSAGE;
			case PAYLOAD_TOO_LARGE -> "The upload is larger than the limit of " + maxUploadMegabytes + " MB";
			case INTERNAL_SERVER_ERROR -> "The request could not be completed; the error was logged";
			default -> status.getReasonPhrase();
		};
		ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
		body.setTitle(status.getReasonPhrase());
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}

	/** The status the error dispatch carries, corrected for exceptions that are no defect of ours. */
	private static HttpStatus status(HttpServletRequest request) {
		Throwable e = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer c ? HttpStatus.resolve(c) : null;
		if (status == null) {
			status = HttpStatus.INTERNAL_SERVER_ERROR;
		}
		if (e != null && ConcurrentChanges.cause(e) != null) {
			return HttpStatus.CONFLICT;
		}
		if (e != null && hasCause(e, MaxUploadSizeExceededException.class)) {
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
		return uri != null && (uri.toString().startsWith("/api/") || uri.toString().equals("/api"));
	}
}
