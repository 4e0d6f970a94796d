package org.trustfund.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.trustfund.shared.Readable;

/**
 * {@link Readable} for templates, in the language of the page being rendered:
 * {@code ${@readable.dateTime(m.createdAt)}}, {@code ${@readable.day(g.acceptBy)}},
 * {@code ${@readable.usd(g.amount)}}. Never a raw ISO timestamp on a page.
 */
@Component("readable")
public class ReadableFormats {

	/**
	 * @param when an {@link Instant}, {@link OffsetDateTime}, {@link ZonedDateTime}, {@link Date} (shown in UTC),
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
		return instant == null ? when.toString() : Readable.date(LocalDate.ofInstant(instant, Readable.ZONE), locale());
	}

	/**
	 * @param when as for {@link #day}
	 * @return e.g. "1 December 2026, 21:17 UTC" ("1 December 2026, 23:59" for a {@link LocalDateTime}, just the
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
		return instant == null ? when.toString() : Readable.dateTime(instant, locale());
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

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}
}
