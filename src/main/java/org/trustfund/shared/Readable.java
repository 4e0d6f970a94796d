package org.trustfund.shared;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one way dates, times and numbers are written for people, in English or Arabic. Digits are always the
 * western digits 0-9 (the app's one digit system, in both languages, as amounts and references already are);
 * month names are in the reader's language; times are in the reader's zone (UTC when they chose none) and say
 * which, by the zone's short English name ("UTC", "EAT", "CET") or its offset ("GMT+03:00") when it has none.
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
		return dateTime(instant, locale, ZONE);
	}

	/**
	 * @param instant a moment, or {@code null}
	 * @param locale the reader's locale
	 * @param zone the reader's zone; UTC when {@code null}
	 * @return the moment's day and time in that zone with the zone's short name, e.g. "1 December 2026, 14:00 EAT"
	 *         for Africa/Nairobi (Arabic: "1 ديسمبر 2026، 14:00 EAT"); "" for {@code null}
	 */
	public static String dateTime(Instant instant, Locale locale, ZoneId zone) {
		if (instant == null) {
			return "";
		}
		String comma = arabic(locale) ? "، " : ", ";
		ZonedDateTime at = instant.atZone(zone == null ? ZONE : zone);
		return pattern("d MMMM yyyy", locale).format(at) + comma + pattern("HH:mm", locale).format(at) + " "
				+ zoneName(at);
	}

	/**
	 * @param instant a moment, or {@code null}
	 * @param locale the reader's locale
	 * @param zone the reader's zone; UTC when {@code null}
	 * @return the moment's calendar day in that zone, e.g. "2 December 2026"; "" for {@code null}
	 */
	public static String date(Instant instant, Locale locale, ZoneId zone) {
		return instant == null ? "" : date(LocalDate.ofInstant(instant, zone == null ? ZONE : zone), locale);
	}

	/**
	 * @param id an IANA zone id such as "Africa/Nairobi", or {@code null}
	 * @return whether the id names a region zone this JVM knows ({@link ZoneId#getAvailableZoneIds()})
	 */
	public static boolean knownZone(String id) {
		return id != null && ZoneId.getAvailableZoneIds().contains(id);
	}

	/** "UTC" for UTC, else the zone's short English name at that moment ("EAT", "CEST"), or "GMT+03:00". */
	private static String zoneName(ZonedDateTime at) {
		ZoneId zone = at.getZone().normalized();
		if (zone.equals(ZoneOffset.UTC)) {
			return "UTC";
		}
		return DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH).format(at);
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
