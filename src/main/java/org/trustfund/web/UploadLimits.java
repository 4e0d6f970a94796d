package org.trustfund.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over the size limit is detected while Spring MVC parses the multipart request, before a
 * controller is chosen, so no controller-specific advice applies. Left to Spring's default resolver it
 * becomes {@code sendError(413)}, and the error dispatch parses the same request again and fails with an
 * empty body. Answered here instead, directly: 413 problem details for the API, the error page with a
 * message for pages (see {@link ErrorPages}).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimits {

	private final ErrorPages pages;

	UploadLimits(ErrorPages pages) {
		this.pages = pages;
	}

	/** @return 413 problem details or the error page, as {@link ErrorPages} renders them */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(HttpServletRequest request) {
		return pages.render(request, HttpStatus.PAYLOAD_TOO_LARGE, request.getLocale());
	}

	static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
		body.setTitle(status.getReasonPhrase());
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}
}
