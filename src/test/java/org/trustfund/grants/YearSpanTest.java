package org.trustfund.grants;

import org.trustfund.ledger.YearSpan;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** How a report period is cut into whole years (read from running totals) and partial ends (summed exactly). */
class YearSpanTest {

	@Test
	void cutsAPeriodIntoWholeYearsAndPartialEnds() {
		YearSpan span = YearSpan.of(LocalDate.parse("2013-03-02"), LocalDate.parse("2016-07-31"));
		assertThat(span.firstFull()).isEqualTo(2014);
		assertThat(span.lastFull()).isEqualTo(2015);
		assertThat(span.partial()).extracting(p -> p[0] + ".." + p[1])
			.containsExactly("2013-03-02..2013-12-31", "2016-01-01..2016-07-31");
	}

	@Test
	void aCalendarYearIsWholeAndAPeriodInsideOneYearIsPartial() {
		YearSpan year = YearSpan.of(LocalDate.parse("2015-01-01"), LocalDate.parse("2015-12-31"));
		assertThat(year.firstFull()).isEqualTo(2015);
		assertThat(year.lastFull()).isEqualTo(2015);
		assertThat(year.partial()).isEmpty();
		YearSpan inside = YearSpan.of(LocalDate.parse("2015-01-01"), LocalDate.parse("2015-12-30"));
		assertThat(inside.firstFull()).isGreaterThan(inside.lastFull());
		assertThat(inside.partial()).extracting(p -> p[0] + ".." + p[1]).containsExactly("2015-01-01..2015-12-30");
	}
}
