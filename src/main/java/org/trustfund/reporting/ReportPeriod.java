package org.trustfund.reporting;

import org.springframework.modulith.NamedInterface;
import java.time.LocalDate;
import org.trustfund.ledger.LedgerPeriods;
import org.trustfund.shared.ValidationException;

/**
 * The period a report covers: two value dates in UTC, both included. {@code from} null means since the fund
 * began; {@code to} null means up to {@code today}.
 */
@NamedInterface("api")
public record ReportPeriod(LocalDate from, LocalDate to) {

	/**
	 * The period asked for: a calendar {@code year}, or {@code from}/{@code to} (either may be missing).
	 * @throws ValidationException (400) when both a year and dates are given, or {@code from} is after {@code to}
	 */
	public static ReportPeriod of(Integer year, LocalDate from, LocalDate to, LocalDate today) {
		if (year != null) {
			if (from != null || to != null) {
				throw ValidationException.keyed("year", "error.period.yearOrDates", "Give either a year or two dates, not both");
			}
			if (year < 1900 || year > 9999) {
				throw ValidationException.keyed("year", "error.period.year", "Give a year between 1900 and 9999");
			}
			return new ReportPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
		}
		LocalDate end = to == null ? today : to;
		if (from != null && from.isAfter(end)) {
			throw ValidationException.keyed("from", "error.period.order", "The start date is after the end date");
		}
		return new ReportPeriod(from, end);
	}

	/** The first day counted: {@link LedgerPeriods#INCEPTION} when the report runs since the fund began. */
	public LocalDate start() {
		return from == null ? LedgerPeriods.INCEPTION : from;
	}

	/** The first day of {@code year} within the period: a year's figure counts from here. */
	public LocalDate yearFrom(int year) {
		LocalDate first = LocalDate.of(year, 1, 1);
		return first.isBefore(start()) ? start() : first;
	}

	/** The last day of {@code year} within the period: a year's figure counts up to here. */
	public LocalDate yearTo(int year) {
		LocalDate last = LocalDate.of(year, 12, 31);
		return last.isAfter(to) ? to : last;
	}

	/** True when the report runs since the fund began (no start date was given). */
	public boolean sinceInception() {
		return from == null;
	}
}
