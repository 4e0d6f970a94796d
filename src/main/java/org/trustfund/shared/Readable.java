package org.trustfund.shared;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * The one way dates, times and numbers are written for people, in English or Arabic. Digits are always the
 * western digits 0-9 (the app's one digit system, in both languages, as amounts and references already are);
 * month names are in the reader's language; times are in the fund's zone, UTC, and say so.
 */
public final class Readable {

	/** The zone times are shown in: the fund's dates are UTC dates. */
	public static final ZoneId ZONE = ZoneOffset.UTC;

	private Readable() {
	}

	/**
	 * @param date a calendar date, or {@code null}
	 * @param locale the reader's locale ({@code ar} or English)
	 * @return e.g. "1 December 2026" or "1 ديسمبر 2026"; "" for {@code null}
	 */
	public static String date(LocalDate date, Locale locale) {
		return date == null ? "" : pattern("d MMMM yyyy", locale).format(date);
	}

	/**
	 * @param instant a moment, or {@code null}
	 * @param locale the reader's locale
	 * @return e.g. "1 December 2026, 21:17 UTC" (Arabic: "1 ديسمبر 2026، 21:17 UTC"); "" for {@code null}
	 */
	public static String dateTime(Instant instant, Locale locale) {
		if (instant == null) {
			return "";
		}
		String comma = arabic(locale) ? "، " : ", ";
		TemporalAccessor at = instant.atZone(ZONE);
		return pattern("d MMMM yyyy", locale).format(at) + comma + pattern("HH:mm", locale).format(at) + " UTC";
	}

	/**
	 * @param amount an amount in USD ({@link Money} or a number, signed), or {@code null}; written by {@link MoneyFormat}
	 * @param locale the reader's locale
	 * @return e.g. "USD 12,500.00" or "12,500.00 دولار أمريكي"; "" for {@code null}
	 */
	public static String usd(Object amount, Locale locale) {
		if (amount == null) {
			return "";
		}
		String figure = MoneyFormat.grouped(MoneyFormat.csv(amount));
		return arabic(locale) ? figure + " دولار أمريكي" : Money.CURRENCY + " " + figure;
	}

	/**
	 * @param number a count or other whole or decimal number, or {@code null}
	 * @return with thousands separators, western digits: "1,600"; "" for {@code null}
	 */
	public static String number(Number number) {
		if (number == null) {
			return "";
		}
		return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(number);
	}

	/** @return whether the locale is Arabic */
	public static boolean arabic(Locale locale) {
		return locale != null && "ar".equals(locale.getLanguage());
	}

	private static DateTimeFormatter pattern(String pattern, Locale locale) {
		return DateTimeFormatter.ofPattern(pattern, arabic(locale) ? locale : Locale.ENGLISH);
	}
}
