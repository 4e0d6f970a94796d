package org.trustfund.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * A period of days cut into whole calendar years ({@code firstFull..lastFull}, maybe none) and at most two
 * partial ends, so that running totals kept per year answer the whole years and only the ends are summed day by
 * day (the ledger's period totals, the grants' reporting figures).
 *
 * @param firstFull the first whole year (after {@code lastFull} when there is none)
 * @param lastFull the last whole year
 * @param partial the partial ends as {@code [from, to]} pairs of dates, both included
 */
@NamedInterface("api")
public record YearSpan(int firstFull, int lastFull, List<LocalDate[]> partial) {

	/**
	 * @param from the first day, included
	 * @param to the last day, included (not before {@code from})
	 * @return the period's whole years and partial ends
	 */
	public static YearSpan of(LocalDate from, LocalDate to) {
		boolean startsOnYear = from.getDayOfYear() == 1;
		boolean endsOnYear = to.getMonthValue() == 12 && to.getDayOfMonth() == 31;
		int firstFull = startsOnYear ? from.getYear() : from.getYear() + 1;
		int lastFull = endsOnYear ? to.getYear() : to.getYear() - 1;
		List<LocalDate[]> partial = new ArrayList<>();
		if (firstFull > lastFull) {
			partial.add(new LocalDate[] { from, to });
			return new YearSpan(firstFull, lastFull, partial);
		}
		if (!startsOnYear) {
			partial.add(new LocalDate[] { from, LocalDate.of(from.getYear(), 12, 31) });
		}
		if (!endsOnYear) {
			partial.add(new LocalDate[] { LocalDate.of(to.getYear(), 1, 1), to });
		}
		return new YearSpan(firstFull, lastFull, partial);
	}
}
