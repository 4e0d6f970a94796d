package org.trustfund.notifications;

import org.trustfund.shared.Note;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.modulith.NamedInterface;
import org.trustfund.shared.Money;

/**
 * A text of a message that is rendered in the reader's language when it is shown or e-mailed: a key of the
 * message bundles ({@code messages.properties}, {@code messages_ar.properties}) and its arguments. Each
 * argument keeps its kind, so that the reader sees a date, an amount or a word in their own language:
 * {@link LocalDate} and {@link Instant} become dates (instants in UTC, the fund's zone), {@link Money} and
 * {@link BigDecimal} amounts in USD with thousands separators, {@link #word(String)} another bundle key
 * (e.g. {@code proposal.status.RESERVE_LIST}), anything else is user data shown as it is, isolated from the
 * text around it.
 *
 * @param key the bundle key, e.g. {@code notice.grant.ready.subject}
 * @param args the arguments, each coded as {@code kind:value} (see {@link #of})
 */
@NamedInterface("api")
public record Text(String key, List<String> args) {


	public Text {
		args = List.copyOf(args);
	}

	/**
	 * @param key a key present in both bundles
	 * @param args {@link LocalDate}, {@link Instant}, {@link ZonedDateTime}, {@link Money}, {@link BigDecimal}
	 *        (USD), {@link Integer}/{@link Long} (counts and numbers), a {@link #word} or anything else (its
	 *        {@code toString()}, shown as user data); {@code null} shows as an empty text
	 * @return the text with its arguments coded for storage
	 */
	public static Text of(String key, Object... args) {
		List<String> coded = new ArrayList<>();
		for (Object arg : args) {
			coded.add(code(arg));
		}
		return new Text(key, coded);
	}

	/** @return the coded arguments as one JSON array of strings, for a column next to the key */
	public String storedArgs() {
		return TextArgs.write(args);
	}

	/**
	 * @param key a bundle key as stored
	 * @param storedArgs what {@link #storedArgs()} gave (null or blank: no arguments)
	 * @return the text again
	 * @throws IllegalStateException when the arguments are not a JSON array of strings
	 */
	public static Text stored(String key, String storedArgs) {
		return new Text(key, TextArgs.read(storedArgs));
	}

	/** @return an argument that is itself a bundle key, shown as the word in the reader's language */
	public static Word word(String key) {
		return new Word(key);
	}

	/** A bundle key used as an argument. */
	public record Word(String key) {
	}

	private static String code(Object arg) {
		return Note.code(arg instanceof Word word ? Note.word(word.key()) : arg);
	}
}
