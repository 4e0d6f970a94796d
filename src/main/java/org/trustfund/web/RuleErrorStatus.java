package org.trustfund.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.handler.AbstractHandlerExceptionResolver;
import org.trustfund.shared.ConflictException;
import org.trustfund.shared.NotFoundException;
import org.trustfund.shared.ValidationException;

/**
 * The HTTP status of the rules' errors for pages: {@link ValidationException} 400, {@link NotFoundException} 404,
 * {@link ConflictException} 409 (and their subclasses). The error dispatch then shows {@code error.html} with
 * the message of that status ({@link ErrorPages}). The errors themselves know nothing of HTTP; the API maps them
 * to problem details first ({@link ApiExceptionHandler}), and a page that shows a rule's message on its form
 * catches the error itself. Registered by {@link WebConfig} just before Spring's {@code @ResponseStatus} resolver.
 */
final class RuleErrorStatus extends AbstractHandlerExceptionResolver {

	/** @return the status for {@code e}, or null when it is none of the rules' errors */
	static HttpStatus of(Exception e) {
		if (e instanceof ValidationException) {
			return HttpStatus.BAD_REQUEST;
		}
		if (e instanceof NotFoundException) {
			return HttpStatus.NOT_FOUND;
		}
		if (e instanceof ConflictException) {
			return HttpStatus.CONFLICT;
		}
		return null;
	}

	@Override
	protected ModelAndView doResolveException(HttpServletRequest request, HttpServletResponse response,
			Object handler, Exception e) {
		HttpStatus status = of(e);
		if (status == null) {
			return null;
		}
		try {
			response.sendError(status.value());
			return new ModelAndView();
		}
		catch (IOException failed) {
			logger.warn("Could not send status " + status + " for " + e, failed);
			return null;
		}
	}
}
