package org.trustfund.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.handler.AbstractHandlerExceptionResolver;
import org.trustfund.shared.ConflictException;
import org.trustfund.shared.NotFoundException;
import org.trustfund.shared.ValidationException;

/**
 * The HTTP status of the rules' errors for pages: {@link ValidationException} 400, {@link NotFoundException} 404,
 * {@link ConflictException} 409 (and their subclasses); a form whose field names cannot be bound
 * ({@link InvalidPropertyException}, e.g. {@code lines[256].amount} past the binder's auto-grow limit, or
 * {@code lines[-1].amount}) 400. The error dispatch then shows {@code error.html} with
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
		if (e instanceof InvalidPropertyException) {
			// a form field naming a property the binder cannot reach: an index past the binder's auto-grow limit
			// (lines[256]), a negative one (lines[-1]); the request is wrong, not the server
			return HttpStatus.BAD_REQUEST;
		}
		return null;
	}

	/**
	 * The request attribute carrying the rule's message in the reader's language (a String) to the error page
	 * ({@link ErrorPages}), set for {@link ConflictException}s: a state rule refused the request, and the page names
	 * the cause instead of "someone else changed this record".
	 */
	static final String MESSAGE = RuleErrorStatus.class.getName() + ".message";

	/** @return the message to show for {@code e} in the reader's language, or null to show the status's own */
	private static String readersMessage(Exception e) {
		if (e instanceof ConflictException c) {
			return c.inReadersLanguage();
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
			String message = readersMessage(e);
			if (message == null) {
				response.sendError(status.value());
			}
			else {
				// the rule's own words (e.g. "The proposal is Screening by the secretariat and cannot be edited"),
				// not the status's generic text: the error page shows them
				request.setAttribute(MESSAGE, message);
				response.sendError(status.value(), message);
			}
			return new ModelAndView();
		}
		catch (IOException failed) {
			logger.warn("Could not send status " + status + " for " + e, failed);
			return null;
		}
	}
}
