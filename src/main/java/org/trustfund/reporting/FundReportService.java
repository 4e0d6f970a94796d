package org.trustfund.reporting;

import org.springframework.modulith.NamedInterface;
import static java.math.BigDecimal.ZERO;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trustfund.donors.DonorDirectory;
import org.trustfund.donors.DonorDirectory.DonorCard;
import org.trustfund.donors.DonorKind;
import org.trustfund.grants.GrantReporting;
import org.trustfund.ledger.Bucket;
import org.trustfund.ledger.FundLedger;
import org.trustfund.ledger.FundTotals;
import org.trustfund.ledger.LedgerPeriods;
import org.trustfund.reporting.FundReport.Balance;
import org.trustfund.reporting.FundReport.MoneyIn;
import org.trustfund.reporting.FundReport.MoneyOut;
import org.trustfund.reporting.FundReport.Need;
import org.trustfund.reporting.FundReport.Needs;
import org.trustfund.reporting.FundReport.Results;
import org.trustfund.reporting.FundReport.TopDonor;
import org.trustfund.reporting.FundReport.YearIn;

/**
 * Builds the fund's report from the ledger (money in, disbursements, refunds, the balance), the grants
 * (awards, results) and the donors (kinds, pledges), each read with aggregate queries: the cost grows with the
 * number of years, donors, calls and countries, not with the number of entries, grants or reports.
 */
@Service
@NamedInterface("api")
public class FundReportService {

	static final int LARGEST_DONORS = 10;
	static final int PROJECTS_LISTED = 100;

	private final LedgerPeriods ledger;
	private final FundLedger balances;
	private final DonorDirectory donors;
	private final GrantReporting grants;
	private final ReportForecasts forecasts;
	private final ReportSettings settings;
	private final Clock clock;

	FundReportService(LedgerPeriods ledger, FundLedger balances, DonorDirectory donors, GrantReporting grants,
			ReportForecasts forecasts, ReportSettings settings, Clock clock) {
		this.ledger = ledger;
		this.balances = balances;
		this.donors = donors;
		this.grants = grants;
		this.forecasts = forecasts;
		this.settings = settings;
		this.clock = clock;
	}

	/** Today in UTC by the application clock: the end of a period without an end date. */
	public LocalDate today() {
		return LocalDate.now(clock.withZone(ZoneOffset.UTC));
	}

	/** The report for {@code period}; {@code publicVersion} leaves out every amount per individual donor. */
	@Transactional(readOnly = true)
	public FundReport report(ReportPeriod period, boolean publicVersion) {
		LocalDate from = period.start();
		LocalDate to = period.to();
		Map<Long, DonorCard> cards = donors.cards();
		MoneyIn in = moneyIn(ledger.paidInByYearAndDonor(from, to), cards, publicVersion);
		Map<Bucket, BigDecimal> moved = ledger.bucketTotals(from, to);
		List<GrantReporting.Group> byCall = grants.awardedBy("call", from, to);
		long count = byCall.stream().mapToLong(GrantReporting.Group::grants).sum();
		BigDecimal awarded = byCall.stream().map(GrantReporting.Group::awarded).reduce(ZERO, BigDecimal::add);
		MoneyOut out = new MoneyOut(count, scale(awarded), moved.get(Bucket.DISBURSED), moved.get(Bucket.REFUNDED),
				byCall, grants.awardedBy("country", from, to), grants.projects(from, to, PROJECTS_LISTED));
		FundTotals t = balances.balances();
		Balance balance = new Balance(t.paidIn(), t.committed(), t.refunded(), t.reserve(), t.available());
		LocalDate today = today();
		LocalDate yearAgo = today.minusYears(1).plusDays(1);
		BigDecimal lastYear = ledger.bucketTotals(yearAgo, today).get(Bucket.PAID_IN);
		Needs needs = new Needs(yearAgo, need(settings.yearlyNeed(), lastYear), need(settings.newCallNeed(), t.available()));
		return new FundReport(period, today, publicVersion, in, out, results(from, to), forecasts.reserveLines(),
				balance, needs, forecasts.forecast(t.available(), today));
	}

	private MoneyIn moneyIn(List<LedgerPeriods.DonorYear> rows, Map<Long, DonorCard> cards, boolean publicVersion) {
		Map<Integer, Map<DonorKind, BigDecimal>> years = new TreeMap<>();
		Map<Long, BigDecimal> perDonor = new HashMap<>();
		for (LedgerPeriods.DonorYear r : rows) {
			DonorKind kind = kindOf(r, cards);
			years.computeIfAbsent(r.year(), y -> zeros()).merge(kind, r.amount(), BigDecimal::add);
			if (r.donorId() != null) {
				perDonor.merge(r.donorId(), r.amount(), BigDecimal::add);
			}
		}
		List<YearIn> yearList = new ArrayList<>();
		Map<DonorKind, BigDecimal> byKind = zeros();
		years.forEach((y, kinds) -> {
			yearList.add(new YearIn(y, kinds, sum(kinds)));
			kinds.forEach((k, v) -> byKind.merge(k, v, BigDecimal::add));
		});
		Map<DonorKind, Long> donorsPaid = new EnumMap<>(DonorKind.class);
		for (DonorKind k : DonorKind.values()) {
			donorsPaid.put(k, 0L);
		}
		perDonor.forEach((id, paid) -> {
			if (paid.signum() > 0 && cards.containsKey(id)) {
				donorsPaid.merge(cards.get(id).kind(), 1L, Long::sum);
			}
		});
		BigDecimal total = sum(byKind);
		BigDecimal privates = total.subtract(byKind.get(DonorKind.MEMBER_STATE));
		long paidYears = yearList.stream().filter(y -> y.total().signum() != 0).count();
		BigDecimal average = paidYears == 0 ? scale(ZERO)
				: total.divide(BigDecimal.valueOf(paidYears), 2, RoundingMode.HALF_EVEN);
		List<TopDonor> top = publicVersion ? List.of() : perDonor.entrySet().stream()
			.filter(e -> e.getValue().signum() > 0 && cards.containsKey(e.getKey()))
			.sorted(Map.Entry.<Long, BigDecimal>comparingByValue(Comparator.reverseOrder())
				.thenComparing(Map.Entry.comparingByKey()))
			.limit(LARGEST_DONORS)
			.map(e -> {
				DonorCard c = cards.get(e.getKey());
				return new TopDonor(c.anonymous() ? null : c.id(), c.publicName(), c.kind(), e.getValue());
			})
			.toList();
		Map<String, BigDecimal> unpaid = new TreeMap<>();
		donors.openPledges(null).forEach(p -> unpaid.merge(p.currency(), p.remaining(), BigDecimal::add));
		return new MoneyIn(yearList, byKind, donorsPaid, total, percent(privates, total), average, top, unpaid);
	}

	private Results results(LocalDate from, LocalDate to) {
		List<GrantReporting.VictimsYear> years = grants.victimsPerYear(from, to);
		long victims = years.stream().mapToLong(GrantReporting.VictimsYear::total).sum();
		GrantReporting.TargetShares targets = grants.targetShares(from, to);
		BigDecimal projects = BigDecimal.valueOf(targets.projects());
		return new Results(years, new LinkedHashMap<>(grants.victimsPerService(from, to)), victims, targets,
				percent(BigDecimal.valueOf(targets.childrenOnly()), projects),
				percent(BigDecimal.valueOf(targets.womenSexualExploitation()), projects));
	}

	/** Contributions without a donor (imported history) count with Member States only if the ledger says so. */
	private static DonorKind kindOf(LedgerPeriods.DonorYear r, Map<Long, DonorCard> cards) {
		if (r.donorId() != null && cards.containsKey(r.donorId())) {
			return cards.get(r.donorId()).kind();
		}
		return r.group() == org.trustfund.ledger.DonorGroup.MEMBER_STATE ? DonorKind.MEMBER_STATE : DonorKind.FOUNDATION;
	}

	static Need need(BigDecimal needed, BigDecimal have) {
		BigDecimal gap = needed.subtract(have);
		return new Need(needed, scale(have), scale(gap.signum() > 0 ? gap : ZERO));
	}

	/** {@code part} as a percentage of {@code whole}, one decimal; zero when the whole is zero. */
	static BigDecimal percent(BigDecimal part, BigDecimal whole) {
		return whole.signum() == 0 ? new BigDecimal("0.0")
				: part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_EVEN);
	}

	private static Map<DonorKind, BigDecimal> zeros() {
		Map<DonorKind, BigDecimal> m = new EnumMap<>(DonorKind.class);
		for (DonorKind k : DonorKind.values()) {
			m.put(k, scale(ZERO));
		}
		return m;
	}

	private static BigDecimal sum(Map<DonorKind, BigDecimal> m) {
		return m.values().stream().reduce(scale(ZERO), BigDecimal::add);
	}

	static BigDecimal scale(BigDecimal v) {
		return v.setScale(2, RoundingMode.HALF_EVEN);
	}
}
