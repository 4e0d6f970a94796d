package org.trustfund.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/** A business rule refused the input; carries a message per field, shown on the form or as problem details. */
public class ValidationException extends RuntimeException {

	private final Map<String, String> fieldErrors;

	public ValidationException(String field, String message) {
		this(Map.of(field, message));
	}

	public ValidationException(Map<String, String> fieldErrors) {
		super(String.join("; ", fieldErrors.values()));
		this.fieldErrors = new LinkedHashMap<>(fieldErrors);
	}

	public Map<String, String> fieldErrors() {
		return fieldErrors;
	}
}
