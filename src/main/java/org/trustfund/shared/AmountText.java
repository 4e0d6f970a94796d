package org.trustfund.shared;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads a number a person typed in a form: an amount ({@code 1500.50}, {@code 1,500.50}, {@code 15,000}) or a
 * count ({@code 12}). A point marks the decimals; a comma may only separate groups of three digits
 * ({@code 1,500.50} yes; {@code 1500,50} and {@code 12,5,5} no: they were once read as 150,050 and 1,255).
 * Arabic-Indic digits ({@code ١٢}, and the Persian forms {@code ۱۲}), the Arabic decimal separator {@code ٫} and
 * thousands separator {@code ٬} are accepted and read as their Latin equivalents. A leading minus is kept (the
 * caller decides whether a negative number is allowed).
 */
public final class AmountText {

	/** Why a text is not a number. */
	public enum Problem {
		/** A comma where a decimal point belongs ({@code 1500,50}): {@link #suggestion} says how to write it. */
		DECIMAL_COMMA,
		/** Anything else: letters, commas not between groups of three digits, two points... */
		NOT_A_NUMBER
	}

	/** A text refused by {@link #read}; {@code suggestion} is the text written with a point (or null). */
	public static final class NotANumber extends NumberFormatException {

		private final Problem problem;
		private final String suggestion;

		NotANumber(String text, Problem problem, String suggestion) {
			super("Not a number: " + text);
			this.problem = problem;
			this.suggestion = suggestion;
		}

		/** @return why the text was refused */
		public Problem problem() {
			return problem;
		}

		/** @return for {@link Problem#DECIMAL_COMMA}, the same number written with a point ({@code 1500.50}); else null */
		public String suggestion() {
			return suggestion;
		}
	}

	private static final Pattern PLAIN = Pattern.compile("[-+]?[0-9]+(\\.[0-9]+)?|[-+]?\\.[0-9]+");
	private static final Pattern GROUPED = Pattern.compile("[-+]?[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?");
	private static final Pattern DECIMAL_COMMA = Pattern.compile("[-+]?[0-9]+,[0-9]{1,2}");

	private AmountText() {
	}

	/**
	 * @param text what was typed, maybe with spaces around; Latin or Arabic-Indic digits
	 * @return the number, or null when {@code text} is null or blank
	 * @throws NotANumber (a {@link NumberFormatException}) when it is not a number as described above
	 */
	public static BigDecimal read(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String t = latin(text.strip());
		if (PLAIN.matcher(t).matches()) {
			return new BigDecimal(t);
		}
		if (GROUPED.matcher(t).matches()) {
			return new BigDecimal(t.replace(",", ""));
		}
		if (DECIMAL_COMMA.matcher(t).matches()) {
			throw new NotANumber(text, Problem.DECIMAL_COMMA, t.replace(',', '.'));
		}
		throw new NotANumber(text, Problem.NOT_A_NUMBER, null);
	}

	/**
	 * As {@link #read}, for a number that must be given: a drop-in for {@code new BigDecimal(text.strip())}.
	 *
	 * @throws NotANumber (a {@link NumberFormatException}) when {@code text} is null, blank or not a number
	 */
	public static BigDecimal number(String text) {
		BigDecimal n = read(text);
		if (n == null) {
			throw new NotANumber(String.valueOf(text), Problem.NOT_A_NUMBER, null);
		}
		return n;
	}

	/** @return {@code text} with Arabic-Indic and Persian digits and the Arabic separators in their Latin forms */
	public static String latin(String text) {
		StringBuilder b = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			if (c >= '\u0660' && c <= '\u0669') {
				b.append((char) ('0' + (c - '\u0660')));
			}
			else if (c >= '\u06F0' && c <= '\u06F9') {
				b.append((char) ('0' + (c - '\u06F0')));
			}
			else if (c == '\u066B') {
				b.append('.');
			}
			else if (c == '\u066C') {
				b.append(',');
			}
			else {
				b.append(c);
			}
		}
		return b.toString();
	}
}
