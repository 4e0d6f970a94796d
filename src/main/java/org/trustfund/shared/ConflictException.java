package org.trustfund.shared;

/**
 * The request clashes with the current state (a task already completed, a duplicate reference). A conflict
 * made with a bundle key ({@link #keyed}) reads in the request's language through {@link #inReadersLanguage()};
 * {@link #getMessage()} stays English, for the logs.
 */
public class ConflictException extends RuntimeException {

	private final ValidationException.Keyed keyed;

	public ConflictException(String message) {
		super(message);
		this.keyed = null;
	}

	/**
	 * @param key the message's bundle key; {@code english} its English text; {@code args} pre-formatted strings
	 *        filling its {@code {n}}
	 */
	protected ConflictException(String key, String english, Object... args) {
		super(english);
		this.keyed = new ValidationException.Keyed(key, english, args);
	}

	/** @return a conflict whose message has a bundle key (see the protected constructor), to throw */
	public static ConflictException keyed(String key, String english, Object... args) {
		return new ConflictException(key, english, args);
	}

	/**
	 * @return the message with its key, e.g. for a form that shows the conflict next to its fields
	 *         ({@link ValidationException#keyed(String, ValidationException.Keyed)}); a conflict made with plain text
	 *         has it as {@code error.asWritten} (shown as written in every language)
	 */
	public ValidationException.Keyed message() {
		return keyed != null ? keyed : new ValidationException.Keyed("error.asWritten", getMessage(), getMessage());
	}

	/** @return the message in the current request's language where it has a key, else as written */
	public String inReadersLanguage() {
		return keyed == null ? getMessage() : ValidationException.read(keyed);
	}
}
