package org.trustfund.shared;

/**
 * What the request names does not exist (or is not visible to the caller): 404. One made with a bundle key
 * ({@link #keyed}) reads in the request's language through {@link #inReadersLanguage()}; {@link #getMessage()}
 * stays English, for the logs.
 */
public class NotFoundException extends RuntimeException {

	private final ValidationException.Keyed keyed;

	/** @param message plain text, shown as written in every language */
	public NotFoundException(String message) {
		super(message);
		this.keyed = null;
	}

	private NotFoundException(ValidationException.Keyed keyed) {
		super(keyed.english());
		this.keyed = keyed;
	}

	/**
	 * @param key the message's bundle key, e.g. {@code notFound.grant}; {@code english} its English text;
	 *        {@code args} pre-formatted strings (ids, references) filling its {@code {n}}
	 * @return the exception, to throw
	 */
	public static NotFoundException keyed(String key, String english, Object... args) {
		return new NotFoundException(new ValidationException.Keyed(key, english, args));
	}

	/** @return the message in the current request's language where it has a key, else as written */
	public String inReadersLanguage() {
		return keyed == null ? getMessage() : ValidationException.read(keyed);
	}
}
