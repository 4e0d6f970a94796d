package org.trustfund.home;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.trustfund.ledger.BalanceDashboard;
import org.trustfund.ledger.LedgerReports;
import org.trustfund.reporting.ReportSettings;

/** The fund's money as the balances page ({@code /ledger/balances}) shows it: the ledger's running totals. */
@Component
class MoneyFigures {

	/**
	 * In USD. {@code paidThisYear}: contributions paid in the current calendar year (UTC) by value date, against
	 * {@code yearlyNeed} ({@code trustfund.report.yearly-need}), {@code percentOfNeed} of it (whole percent).
	 */
	record Money(BigDecimal available, int year, BigDecimal paidThisYear, BigDecimal yearlyNeed, int percentOfNeed,
			BigDecimal committed, BigDecimal disbursed) {
	}

	private final LedgerReports ledger;
	private final ReportSettings settings;
	private final Clock clock;

	MoneyFigures(LedgerReports ledger, ReportSettings settings, Clock clock) {
		this.ledger = ledger;
		this.settings = settings;
		this.clock = clock;
	}

	Money now() {
		BalanceDashboard d = ledger.dashboard();
		int year = LocalDate.now(clock).getYear();
		BigDecimal paid = d.years().stream().filter(y -> y.year() == year).findFirst()
			.map(BalanceDashboard.YearFigures::paidIn).orElse(BigDecimal.ZERO.setScale(2));
		BigDecimal need = settings.yearlyNeed();
		int percent = need.signum() == 0 ? 0
				: paid.multiply(BigDecimal.valueOf(100)).divide(need, 0, RoundingMode.DOWN).intValue();
		return new Money(d.available(), year, paid, need, percent, d.totals().committed(), d.totals().disbursed());
	}
}
