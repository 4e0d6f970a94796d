package org.trustfund.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A business rule refused the input; carries a message per field, shown on the form or as problem details.
 * <p>
 * A rule may give each message a key of the message bundles and its arguments ({@link #keyed}): then
 * {@link #fieldErrors()} reads it in the language of the request being answered (English outside a request or
 * when no {@link #translateWith translator} is registered, and the English text is what {@link #getMessage()}
 * and the logs say). Rules that give plain text are shown as written.
 */
public class ValidationException extends RuntimeException {

	/**
	 * A message by its bundle key: {@code english} is the text in English, {@code args} fill its {@code {n}}. An
	 * argument that is itself a {@code Keyed} (a state's or an action's word) is read in the same language before
	 * it is filled in.
	 */
	public record Keyed(String key, String english, Object... args) {

		/**
		 * @param prefix the bundle's prefix for the enum's words, e.g. {@code "grants.status."}
		 * @param value the state (not null)
		 * @return the word for {@code value} (key {@code prefix + value.name()}), whose English is the constant's
		 *         name as the logs have always shown it, e.g. {@code ACTIVE}
		 */
		public static Keyed state(String prefix, Enum<?> value) {
			return new Keyed(prefix + value.name(), value.name());
		}

		/**
		 * @param key a bundle key of a word or phrase without arguments, e.g. {@code "action.paid"}
		 * @param english its English text
		 * @return the word, to pass as an argument of another message
		 */
		public static Keyed word(String key, String english) {
			return new Keyed(key, english);
		}
	}

	private static volatile BiFunction<String, Object[], String> translator;

	private final Map<String, String> fieldErrors;
	private final Map<String, Keyed> keyed = new LinkedHashMap<>();

	public ValidationException(String field, String message) {
		this(Map.of(field, message));
	}

	public ValidationException(Map<String, String> fieldErrors) {
		super(String.join("; ", fieldErrors.values()));
		this.fieldErrors = new LinkedHashMap<>(fieldErrors);
	}

	/**
	 * For subclasses (a module's own kind of refusal): one field's message with its bundle key.
	 *
	 * @param field the field the message is about
	 * @param message its key, English text and arguments (see {@link Keyed})
	 */
	protected ValidationException(String field, Keyed message) {
		this(Map.of(field, message.english()));
		this.keyed.put(field, message);
	}

	/**
	 * @param errors per field (in the order the form shows them), the message's key, English text and arguments
	 *        (pre-formatted strings: amounts and dates written for every language, e.g. "50,000.00")
	 * @return the exception, to throw
	 */
	public static ValidationException keyed(Map<String, Keyed> errors) {
		Map<String, String> english = new LinkedHashMap<>();
		errors.forEach((field, message) -> english.put(field, message.english()));
		ValidationException e = new ValidationException(english);
		e.keyed.putAll(errors);
		return e;
	}

	/**
	 * @param field the field the message is about
	 * @param message the message with its key, e.g. a conflict's ({@link ConflictException#message()}) when a
	 *        form shows a clash with the current state next to its fields
	 * @return the exception, to throw
	 */
	public static ValidationException keyed(String field, Keyed message) {
		return keyed(Map.of(field, message));
	}

	/**
	 * @param field the field the message is about
	 * @param key the message's bundle key; {@code english} its English text; {@code args} as for {@link Keyed}
	 * @return the exception, to throw
	 */
	public static ValidationException keyed(String field, String key, String english, Object... args) {
		return keyed(Map.of(field, new Keyed(key, english, args)));
	}

	/**
	 * Registered once by the web layer: reads a key with arguments in the current request's language, or
	 * {@code null} when the bundles do not have it.
	 */
	public static void translateWith(BiFunction<String, Object[], String> messages) {
		translator = messages;
	}

	/**
	 * @return every field's message in the current request's language, joined by "; " (for a page that shows
	 *         the refusal in one place); {@link #getMessage()} stays English, for the logs
	 */
	public String inReadersLanguage() {
		return String.join("; ", fieldErrors().values());
	}

	/**
	 * @return {@code message} read in the current request's language (its {@link Keyed} arguments read first, in
	 *         the same language), or its English text when no translator is registered or the bundles lack the key
	 */
	static String read(Keyed message) {
		BiFunction<String, Object[], String> messages = translator;
		String text = messages == null ? null : messages.apply(message.key(), readArgs(message.args()));
		return text == null ? message.english() : text;
	}

	private static Object[] readArgs(Object[] args) {
		if (args == null) {
			return new Object[0];
		}
		Object[] read = args.clone();
		for (int i = 0; i < read.length; i++) {
			if (read[i] instanceof Keyed word) {
				read[i] = read(word);
			}
		}
		return read;
	}

	/**
	 * @return the messages per field with their keys, in the form's order; a field whose rule gave plain text
	 *         has it as {@code error.asWritten} (shown as written in every language)
	 */
	public Map<String, Keyed> messages() {
		Map<String, Keyed> all = new LinkedHashMap<>();
		fieldErrors.forEach((field, text) -> all.put(field, keyed.getOrDefault(field, new Keyed("error.asWritten", text, text))));
		return all;
	}

	/** @return the message per field, in the current request's language where the rule gave a key */
	public Map<String, String> fieldErrors() {
		BiFunction<String, Object[], String> messages = translator;
		if (keyed.isEmpty() || messages == null) {
			return fieldErrors;
		}
		Map<String, String> read = new LinkedHashMap<>(fieldErrors);
		keyed.forEach((field, message) -> read.put(field, read(message)));
		return read;
	}
}
