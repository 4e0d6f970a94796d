package org.trustfund.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Locale;
import java.time.ZoneId;
import java.util.TimeZone;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.trustfund.shared.Readable;

/**
 * {@link Readable} for templates, in the language of the page being rendered:
 * {@code ${@readable.dateTime(m.createdAt)}}, {@code ${@readable.day(g.acceptBy)}},
 * {@code ${@readable.usd(g.amount)}}. Never a raw ISO timestamp on a page. Moments are written in the reader's
 * zone ({@link #readerZone()}); calendar dates and local date-times as they are.
 */
@NamedInterface("api")
@Component("readable")
public class ReadableFormats {

	/**
	 * @param when an {@link Instant}, {@link OffsetDateTime}, {@link ZonedDateTime}, {@link Date} (shown in the
	 *        reader's zone, {@link #readerZone()}),
	 *        a {@link LocalDateTime} (shown as it is, in the zone it was written in) or a {@link LocalDate}
	 * @return its calendar day, e.g. "1 December 2026"; "" for {@code null}
	 */
	public String day(Object when) {
		if (when == null) {
			return "";
		}
		if (when instanceof LocalDate date) {
			return Readable.date(date, locale());
		}
		if (when instanceof LocalDateTime local) {
			return Readable.date(local.toLocalDate(), locale());
		}
		Instant instant = instant(when);
		return instant == null ? when.toString() : Readable.date(instant, locale(), readerZone());
	}

	/**
	 * @param when as for {@link #day}
	 * @return e.g. "1 December 2026, 21:17 UTC", or "2 December 2026, 00:17 EAT" for a reader in Africa/Nairobi
	 *         ("1 December 2026, 23:59" for a {@link LocalDateTime}, just the
	 *         day for a {@link LocalDate}); "" for {@code null}
	 */
	public String dateTime(Object when) {
		if (when == null) {
			return "";
		}
		if (when instanceof LocalDate date) {
			return Readable.date(date, locale());
		}
		if (when instanceof LocalDateTime local) {
			String time = Readable.dateTime(local.toInstant(java.time.ZoneOffset.UTC), locale());
			return time.substring(0, time.length() - " UTC".length());
		}
		Instant instant = instant(when);
		return instant == null ? when.toString() : Readable.dateTime(instant, locale(), readerZone());
	}

	/** @return an amount in USD with thousands separators, e.g. "USD 12,500.00" ({@code Money} or a number); "" for {@code null} */
	public String usd(Object amount) {
		return Readable.usd(amount, locale());
	}

	/** @return a number with thousands separators, e.g. "1,600"; "" for {@code null} */
	public String number(Number number) {
		return Readable.number(number);
	}

	/** @return the moment, or {@code null} when {@code when} is not one (then it is shown as it is) */
	private static Instant instant(Object when) {
		if (when instanceof Instant instant) {
			return instant;
		}
		if (when instanceof OffsetDateTime time) {
			return time.toInstant();
		}
		if (when instanceof ZonedDateTime time) {
			return time.toInstant();
		}
		if (when instanceof Date date) {
			return date.toInstant();
		}
		return null;
	}

	/**
	 * @return the zone of the request's reader: the one a signed-in user chose on their profile (set on the
	 *         request's {@link TimeZoneAwareLocaleContext}), else UTC (anonymous pages, users who chose none, work
	 *         outside a request)
	 */
	public static ZoneId readerZone() {
		LocaleContext context = LocaleContextHolder.getLocaleContext();
		TimeZone zone = context instanceof TimeZoneAwareLocaleContext aware ? aware.getTimeZone() : null;
		return zone == null ? Readable.ZONE : zone.toZoneId();
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}
}
