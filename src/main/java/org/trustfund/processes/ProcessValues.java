package org.trustfund.processes;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.modulith.NamedInterface;
import org.trustfund.shared.ValidationException;

/**
 * The one place process code reads values: the record a process works on (its business key, which the
 * application sets when it starts the process and no API can change), the few primitive routing flags a
 * process keeps as variables, and the free-text fields (notes, reasons, questions) that a task form checks
 * before they become variables. Delegates and task forms use these instead of parsing on their own.
 */
@NamedInterface("api")
public final class ProcessValues {

	/** The longest note, reason or answer a task form accepts, in characters. */
	public static final int MAX_NOTE = 2000;

	private ProcessValues() {
	}

	/**
	 * The id of the record the process works on: the process instance's business key.
	 * @throws IllegalStateException when the process has no numeric business key
	 */
	public static long recordId(DelegateExecution execution) {
		String key = execution.getProcessBusinessKey();
		try {
			return Long.parseLong(key);
		}
		catch (NumberFormatException e) {
			throw new IllegalStateException("Process instance " + execution.getProcessInstanceId()
					+ " has no record id as business key: " + key, e);
		}
	}

	/**
	 * The id of the record a task's process works on, from the business key a task view carries.
	 * @throws NumberFormatException when the key is not a number (a process the application did not start)
	 */
	public static long recordId(String businessKey) {
		return Long.parseLong(businessKey);
	}

	/** A boolean routing flag of the execution: {@code true} only when the variable is set to true. */
	public static boolean flag(DelegateExecution execution, String name) {
		return Boolean.TRUE.equals(execution.getVariable(name));
	}

	/** A submitted text field, stripped; {@code ""} when it is missing. */
	public static String text(Map<String, String> fields, String name) {
		String value = fields.get(name);
		return value == null ? "" : value.strip();
	}

	/**
	 * A submitted note, stripped, checked for presence (when required) and for length ({@link #MAX_NOTE}).
	 * @param whenMissing the message (with its bundle key) shown on the field when a required note is empty; may be
	 *        null when the note is optional
	 * @return the note, {@code ""} when an optional one is missing
	 * @throws ValidationException on field {@code name}: {@code whenMissing}, or "At most 2000 characters"
	 *         ({@code error.text.max})
	 */
	public static String note(Map<String, String> fields, String name, boolean required,
			ValidationException.Keyed whenMissing) {
		String value = text(fields, name);
		if (required && value.isEmpty()) {
			throw ValidationException.keyed(name, whenMissing);
		}
		if (value.length() > MAX_NOTE) {
			throw ValidationException.keyed(name, "error.text.max", "At most " + MAX_NOTE + " characters",
					String.valueOf(MAX_NOTE));
		}
		return value;
	}

	/**
	 * A submitted note as {@link #note(Map, String, boolean, ValidationException.Keyed)}, for forms that give one
	 * message (with its bundle key) for both problems (missing when required, or too long).
	 * @throws ValidationException on field {@code name} with {@code message}
	 */
	public static String noteWithin(Map<String, String> fields, String name, boolean required,
			ValidationException.Keyed message) {
		String value = text(fields, name);
		if (noteProblem(value, required, message.english()) != null) {
			throw ValidationException.keyed(name, message);
		}
		return value;
	}

	/**
	 * What is wrong with a stripped note, for forms that collect every field's problem before answering.
	 * @return {@code whenMissing} when a required note is empty, "At most 2000 characters" when it is too long,
	 *         {@code null} when it is fine
	 */
	public static String noteProblem(String note, boolean required, String whenMissing) {
		if (required && note.isEmpty()) {
			return whenMissing;
		}
		if (note.length() > MAX_NOTE) {
			return "At most " + MAX_NOTE + " characters";
		}
		return null;
	}
}
