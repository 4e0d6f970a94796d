package org.trustfund.reporting;

import org.trustfund.shared.Money;
import static java.math.BigDecimal.ZERO;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import org.trustfund.calls.CallService;
import org.trustfund.donors.DonorDirectory;
import org.trustfund.reserve.ListStatus;
import org.trustfund.reserve.ReserveEntry;
import org.trustfund.reserve.ReserveList;
import org.trustfund.reserve.ReserveListService;
import org.trustfund.reporting.FundReport.Forecast;
import org.trustfund.reporting.FundReport.ForecastMonth;
import org.trustfund.reporting.FundReport.Fundable;
import org.trustfund.reporting.FundReport.ReserveLine;

/**
 * The open reserve lists and the twelve-month forecast: open USD pledges (what is still unpaid of them) added to
 * the available balance in the month they are expected (overdue ones in the current month), and the reserve
 * projects, in list and rank order, funded as soon as the forecast balance covers them.
 */
@Component
class ReportForecasts {

	static final int MONTHS = 12;

	private final ReserveListService reserve;
	private final CallService calls;
	private final DonorDirectory donors;

	ReportForecasts(ReserveListService reserve, CallService calls, DonorDirectory donors) {
		this.reserve = reserve;
		this.calls = calls;
		this.donors = donors;
	}

	/** Open reserve lists, oldest first: projects still on the list and the money they need. */
	List<ReserveLine> reserveLines() {
		List<ReserveLine> lines = new ArrayList<>();
		for (ReserveList list : reserve.lists()) {
			if (list.getStatus() != ListStatus.OPEN) {
				continue;
			}
			List<ReserveEntry> waiting = waiting(list);
			BigDecimal needed = waiting.stream().map(e -> e.getAmount().amount()).reduce(ZERO, BigDecimal::add);
			lines.add(new ReserveLine(list.getCallId(), calls.get(list.getCallId()).getTitle(), waiting.size(),
					FundReportService.scale(needed), list.getExpiresOn()));
		}
		lines.sort(Comparator.comparing(ReserveLine::expiresOn));
		return lines;
	}

	/** The forecast from {@code available} (the ledger's balance today) over the next twelve months. */
	Forecast forecast(BigDecimal available, LocalDate today) {
		YearMonth first = YearMonth.from(today);
		Map<YearMonth, BigDecimal> expected = new TreeMap<>();
		Map<String, BigDecimal> others = new TreeMap<>();
		for (DonorDirectory.OpenPledge p : donors.openPledges(null)) {
			if (!Money.CURRENCY.equals(p.currency())) {
				others.merge(p.currency(), p.remaining(), BigDecimal::add);
				continue;
			}
			YearMonth month = YearMonth.from(p.expectedOn()).isBefore(first) ? first : YearMonth.from(p.expectedOn());
			expected.merge(month, p.remaining(), BigDecimal::add);
		}
		List<ForecastMonth> months = new ArrayList<>();
		BigDecimal balance = available;
		for (int i = 0; i < MONTHS; i++) {
			YearMonth m = first.plusMonths(i);
			BigDecimal in = FundReportService.scale(expected.getOrDefault(m, ZERO));
			balance = balance.add(in);
			months.add(new ForecastMonth(m, in, FundReportService.scale(balance)));
		}
		return new Forecast(months, fundable(months), others);
	}

	/** Reserve projects in order of their lists' expiry, then rank: each takes its amount from the forecast balance. */
	private List<Fundable> fundable(List<ForecastMonth> months) {
		List<Fundable> result = new ArrayList<>();
		BigDecimal spent = ZERO;
		for (ReserveLine line : reserveLines()) {
			for (ReserveEntry e : waiting(reserve.list(line.callId()))) {
				YearMonth when = null;
				for (ForecastMonth m : months) {
					if (!m.month().isAfter(YearMonth.from(line.expiresOn()))
							&& m.available().subtract(spent).compareTo(e.getAmount().amount()) >= 0) {
						when = m.month();
						break;
					}
				}
				if (when != null) {
					spent = spent.add(e.getAmount().amount());
				}
				result.add(new Fundable(line.call(), e.getRankPosition(), e.getTitle(), e.getAmount().amount(), when));
			}
		}
		return result;
	}

	private List<ReserveEntry> waiting(ReserveList list) {
		return reserve.entries(list.getCallId()).stream().filter(ReserveEntry::isOnList)
			.sorted(Comparator.comparingInt(ReserveEntry::getRankPosition)).toList();
	}
}
