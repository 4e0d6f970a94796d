package org.trustfund.donors.web;

import org.springframework.validation.BindingResult;
import org.trustfund.shared.ValidationException;

/** Puts a service's field messages on the form the user filled. */
final class FormErrors {

	private FormErrors() {
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
