package org.trustfund.donors.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.trustfund.shared.ConflictException;
import org.trustfund.shared.ValidationException;

/** Puts a service's field messages on the form the user filled. */
final class FormErrors {

	private FormErrors() {
	}

	/**
	 * What the donor, pledge and contribution forms do on submit. A form that does not bind, or that the service
	 * refuses ({@link ValidationException}), is shown again ({@code form}: adds what the page needs, answers its
	 * view) with status 400 and the messages on their fields. When {@code conflictField} is not null, a
	 * {@link ConflictException} (e.g. a bank reference recorded before) shows the form with status 409 and the
	 * message on that field; otherwise it goes on to the error page. Else the answer of {@code save} (a redirect).
	 */
	static String submit(BindingResult binding, HttpServletResponse response, Supplier<String> form,
			String conflictField, Supplier<String> save) {
		if (binding.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form.get();
		}
		try {
			return save.get();
		}
		catch (ValidationException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			show(e, binding);
		}
		catch (ConflictException e) {
			if (conflictField == null) {
				throw e;
			}
			response.setStatus(HttpStatus.CONFLICT.value());
			reject(binding, conflictField, e.inReadersLanguage());
		}
		return form.get();
	}

	static void show(ValidationException e, BindingResult binding) {
		e.fieldErrors().forEach((field, message) -> reject(binding, field, message));
	}

	static void reject(BindingResult binding, String field, String message) {
		if (binding.getFieldType(field) != null) {
			binding.rejectValue(field, "invalid", message);
		}
		else {
			binding.reject("invalid", message);
		}
	}
}
