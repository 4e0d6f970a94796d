package org.trustfund.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * A note the system writes into a history (a reserve list's, a proposal's, an organisation's), kept as a key of
 * the message bundles and its arguments so that each reader sees it in their own language. The English text is
 * still stored next to it (logs, exports, rows written before notes had keys). Arguments keep their kind:
 * {@link LocalDate} becomes a date in the reader's language ({@link Readable#date}), {@link Instant} a moment
 * in the reader's zone, {@link Money} and {@link BigDecimal} an amount in USD with western digits,
 * {@link Integer}/{@link Long} a number, {@link #word(String)} another bundle key (an enum's word such as
 * {@code recommendation.FUND}); anything else is shown as it is (ids, references, lists of ids), isolated
 * with U+2068...U+2069 inside Arabic text.
 *
 * @param key a bundle key present in both bundles, e.g. {@code note.reserve.notFunded}
 * @param args the arguments, each coded as {@code kind:value}
 */
public record Note(String key, List<String> args) {

	private static final String DATE = "date:";
	private static final String INSTANT = "instant:";
	private static final String USD = "usd:";
	private static final String WORD = "word:";
	private static final String DATA = "text:";
	private static final String NUMBER = "number:";
	private static final ObjectMapper JSON = new ObjectMapper();

	/** @throws IllegalArgumentException when the key is blank */
	public Note {
		if (key == null || key.isBlank()) {
			throw new IllegalArgumentException("A note needs a bundle key");
		}
		args = List.copyOf(args);
	}

	/**
	 * @param key a key present in both bundles
	 * @param args dates, moments, amounts, counts, {@link #word words} or data (see the class); {@code null}
	 *        shows as an empty text
	 * @return the note with its arguments coded for storage
	 */
	public static Note of(String key, Object... args) {
		List<String> coded = new ArrayList<>();
		for (Object arg : args) {
			coded.add(code(arg));
		}
		return new Note(key, coded);
	}

	/** @return an argument that is a bundle key, shown as its word in the reader's language */
	public static Word word(String key) {
		return new Word(key);
	}

	/** A bundle key used as an argument. */
	public record Word(String key) {
	}

	/**
	 * @param key the stored key, or {@code null} for a note written as plain text
	 * @param argsJson the stored arguments ({@link #argsJson()}), or {@code null}
	 * @return the note, or {@code null} when there is no key
	 * @throws IllegalStateException when the stored arguments are not a JSON array of strings
	 */
	public static Note stored(String key, String argsJson) {
		if (key == null || key.isBlank()) {
			return null;
		}
		if (argsJson == null || argsJson.isBlank()) {
			return new Note(key, List.of());
		}
		try {
			return new Note(key, JSON.readValue(argsJson, new TypeReference<List<String>>() {
			}));
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("Stored note arguments that cannot be read: " + argsJson, e);
		}
	}

	/** @return the coded arguments as a JSON array of strings, for the {@code note_args} column */
	public String argsJson() {
		try {
			return JSON.writeValueAsString(args);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("Note arguments that cannot be written", e);
		}
	}

	/**
	 * @param messages the message bundles
	 * @param locale the reader's locale; English when {@code null}
	 * @param zone the reader's zone, for moments; UTC when {@code null}
	 * @return the note in the reader's language; the key itself when neither bundle has it
	 */
	public String render(MessageSource messages, Locale locale, ZoneId zone) {
		Locale reader = locale == null ? Locale.ENGLISH : locale;
		Object[] values = args.stream().map(a -> argument(a, messages, reader, zone)).toArray();
		return messages.getMessage(key, values, key, reader);
	}

	/** @return the note in English, UTC: the text kept next to the key */
	public String english(MessageSource messages) {
		return render(messages, Locale.ENGLISH, Readable.ZONE);
	}

	/**
	 * One stored argument as the reader reads it (shared with {@code notifications.Text}, which stores its arguments
	 * the same way).
	 *
	 * @param coded an argument as {@link #code} wrote it, {@code kind:value}
	 * @param messages the message bundles, for words
	 * @param reader the reader's locale
	 * @param zone the reader's zone, for moments; UTC when {@code null}
	 * @return the argument written for the reader
	 */
	public static String argument(String coded, MessageSource messages, Locale reader, ZoneId zone) {
		int colon = coded.indexOf(':');
		String kind = coded.substring(0, colon + 1);
		String value = coded.substring(colon + 1);
		return switch (kind) {
			case DATE -> Readable.date(LocalDate.parse(value), reader);
			case INSTANT -> Readable.dateTime(Instant.parse(value), reader, zone);
			case USD -> Readable.usd(new BigDecimal(value), reader);
			case NUMBER -> Readable.number(Long.valueOf(value));
			case WORD -> messages.getMessage(value, null, value, reader);
			default -> Readable.arabic(reader) && !value.isEmpty() ? "\u2068" + value + "\u2069" : value;
		};
	}

	/**
	 * @param arg a {@link LocalDate}, {@link Instant} or {@link ZonedDateTime} (stored as its instant),
	 *        {@link Money} or {@link BigDecimal} (USD), {@link Integer}/{@link Long}, a {@link Word}, anything else
	 *        (data, by its {@code toString}), or {@code null} (an empty text)
	 * @return the argument coded for storage, {@code kind:value}
	 */
	public static String code(Object arg) {
		if (arg == null) {
			return DATA;
		}
		if (arg instanceof LocalDate date) {
			return DATE + date;
		}
		if (arg instanceof Instant instant) {
			return INSTANT + instant;
		}
		if (arg instanceof ZonedDateTime time) {
			return INSTANT + time.toInstant();
		}
		if (arg instanceof Money money) {
			return USD + money.amount().toPlainString();
		}
		if (arg instanceof BigDecimal amount) {
			return USD + amount.toPlainString();
		}
		if (arg instanceof Integer || arg instanceof Long) {
			return NUMBER + arg;
		}
		if (arg instanceof Word word) {
			return WORD + word.key();
		}
		return DATA + arg;
	}
}
