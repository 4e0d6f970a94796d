package org.trustfund.web;

import org.trustfund.shared.ValidationException;
import org.trustfund.shared.NotFoundException;
import org.trustfund.shared.ConflictException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.ErrorResponse;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import com.fasterxml.jackson.databind.JsonMappingException;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error of the JSON API into RFC 9457 problem details, with a message per field: business
 * rules (400, 404, 409), Spring MVC's own exceptions (4xx, from {@link ResponseEntityExceptionHandler}),
 * concurrent changes of one record (409, see {@link ConcurrentChanges}) and, last, anything unexpected
 * (500 without internals, logged as a defect). Errors raised before a controller is chosen (unknown
 * path, media type, upload size) are rendered by {@link ErrorPages}.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler(ValidationException.class)
	ProblemDetail invalid(ValidationException e) {
		return withErrors(problem(HttpStatus.BAD_REQUEST, "Invalid input", e.inReadersLanguage()), e.fieldErrors());
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException e) {
		return problem(HttpStatus.NOT_FOUND, "Not found", e.inReadersLanguage());
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException e) {
		return problem(HttpStatus.CONFLICT, "Conflict", e.inReadersLanguage());
	}

	/**
	 * A request parameter naming a property that cannot be bound ({@code lines[256].amount}, past the binder's
	 * auto-grow limit, or {@code lines[-1].amount}): 400 naming the parameter, not a 500.
	 */
	@ExceptionHandler(org.springframework.beans.InvalidPropertyException.class)
	ProblemDetail unboundProperty(org.springframework.beans.InvalidPropertyException e) {
		return problem(HttpStatus.BAD_REQUEST, "Invalid input", "The request names a field that cannot be set: "
				+ e.getPropertyName());
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail forbidden(AccessDeniedException e) {
		return problem(HttpStatus.FORBIDDEN, "Forbidden", "You may not do this");
	}

	/** Two requests changed the same record at once (optimistic lock, lock timeout, duplicate key). */
	@ExceptionHandler({ OptimisticLockingFailureException.class, PessimisticLockingFailureException.class,
			jakarta.persistence.OptimisticLockException.class, org.hibernate.StaleStateException.class,
			org.camunda.bpm.engine.OptimisticLockingException.class,
			org.camunda.bpm.engine.TaskAlreadyClaimedException.class, DataIntegrityViolationException.class })
	ProblemDetail changedMeanwhile(Exception e, HttpServletRequest request) {
		log.info("Concurrent change refused on {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
		return problem(HttpStatus.CONFLICT, "Conflict", ConcurrentChanges.MESSAGE);
	}

	/**
	 * A file upload that is not {@code multipart/form-data} (415), or too large (413). Upload endpoints declare
	 * no {@code consumes}, so that a caller without the role is refused (403) before the request's type counts.
	 */
	@ExceptionHandler(MultipartException.class)
	ResponseEntity<ProblemDetail> notMultipart(MultipartException e, HttpServletRequest request) {
		HttpStatus status = e instanceof MaxUploadSizeExceededException ? HttpStatus.PAYLOAD_TOO_LARGE
				: HttpStatus.UNSUPPORTED_MEDIA_TYPE;
		ProblemDetail body = problem(status, status.getReasonPhrase(), status == HttpStatus.PAYLOAD_TOO_LARGE
				? "The file is larger than the upload limit" : "Send the file as multipart/form-data, in a part named file");
		body.setInstance(java.net.URI.create(request.getRequestURI()));
		return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(body);
	}

	/** Last resort: a defect. The caller learns nothing of the internals; the log keeps the stack trace. */
	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request) throws Exception {
		Throwable concurrent = ConcurrentChanges.cause(e);
		if (concurrent != null) {
			return ResponseEntity.status(HttpStatus.CONFLICT).body(changedMeanwhile((Exception) concurrent, request));
		}
		if (e instanceof ErrorResponse spring) {
			return handleExceptionInternal(e, spring.updateAndGetBody(getMessageSource(), LocaleContextHolder.getLocale()),
					spring.getHeaders(), spring.getStatusCode(), new ServletWebRequest(request));
		}
		ResponseStatus declared = AnnotatedElementUtils.findMergedAnnotation(e.getClass(), ResponseStatus.class);
		if (declared != null) {
			HttpStatus status = declared.code();
			return ResponseEntity.status(status).body(problem(status, status.getReasonPhrase(), e.getMessage()));
		}
		log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
		return ResponseEntity.internalServerError()
			.body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
					"The request could not be completed; the error was logged"));
	}

	/**
	 * A path or query parameter of the wrong type ({@code /api/board/sessions/abc}, a date past the year 9999):
	 * 400 naming the parameter, with what it takes in the reader's language (messages {@code typeMismatch.*}),
	 * not the converter's text.
	 */
	@Override
	protected ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String name = ex.getPropertyName() != null ? ex.getPropertyName() : "value";
		if (ex instanceof org.springframework.web.method.annotation.MethodArgumentTypeMismatchException m) {
			name = m.getName();
		}
		Class<?> type = ex.getRequiredType();
		java.util.Locale locale = LocaleContextHolder.getLocale();
		String hint = getMessageSource() == null ? "This value is not valid here."
				: getMessageSource().getMessage("typeMismatch." + (type == null ? "" : type.getName()), null,
						getMessageSource().getMessage("typeMismatch", null, "This value is not valid here.", locale),
						locale);
		ProblemDetail body = withErrors(problem(HttpStatus.BAD_REQUEST, "Invalid input", "The parameter '" + name
				+ "' is not valid: " + hint), Map.of(name, hint));
		return ResponseEntity.badRequest().body(body);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Map<String, String> errors = new LinkedHashMap<>();
		ex.getBindingResult().getFieldErrors().forEach(f -> errors.putIfAbsent(f.getField(), f.getDefaultMessage()));
		ex.getBindingResult().getGlobalErrors().forEach(g -> errors.putIfAbsent(g.getObjectName(), g.getDefaultMessage()));
		ProblemDetail body = withErrors(problem(HttpStatus.BAD_REQUEST, "Invalid input", "Some fields are invalid"),
				errors);
		return ResponseEntity.badRequest().body(body);
	}

	/** Unreadable JSON: names the field whose value has the wrong type or format, when Jackson knows it. */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail body = problem(HttpStatus.BAD_REQUEST, "Invalid input", "The request body could not be read");
		if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
			String field = mapping.getPath().stream()
				.map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
				.reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("body");
			String message = mapping.getOriginalMessage().startsWith(DateRange.MESSAGE) ? DateRange.MESSAGE
					: "Wrong type or format";
			withErrors(body, Map.of(field, message));
		}
		return ResponseEntity.badRequest().body(body);
	}

	/** Constraints on parameters and list elements ({@code List<@NotNull X>} of a request part). */
	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Map<String, String> errors = new LinkedHashMap<>();
		ex.getParameterValidationResults().forEach(r -> r.getResolvableErrors()
			.forEach(e -> errors.putIfAbsent(r.getMethodParameter().getParameterName(), e.getDefaultMessage())));
		return ResponseEntity.badRequest()
			.body(withErrors(problem(HttpStatus.BAD_REQUEST, "Invalid input", "Some fields are invalid"), errors));
	}

	static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
		p.setTitle(title);
		return p;
	}

	private static ProblemDetail withErrors(ProblemDetail p, Map<String, String> errors) {
		p.setProperty("errors", errors);
		return p;
	}
}
