package org.trustfund.reporting;

import org.springframework.modulith.NamedInterface;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.trustfund.donors.DonorKind;
import org.trustfund.grants.GrantReporting;

/**
 * The fund's report for one period, every amount in USD (scale 2): money in, money out, results, reserve
 * lists, the available balance (from the ledger's running totals), needs and a twelve-month forecast.
 * {@code publicVersion} reports carry no amount per individual donor.
 */
@NamedInterface("api")
public record FundReport(ReportPeriod period, LocalDate generatedOn, boolean publicVersion, MoneyIn moneyIn,
		MoneyOut moneyOut, Results results, List<ReserveLine> reserve, Balance balance, Needs needs,
		Forecast forecast) {

	/** Paid in one value year by donor kind. */
	public record YearIn(int year, Map<DonorKind, BigDecimal> byKind, BigDecimal total) {
	}

	/** One of the largest donors of the period: {@code donorId} null when anonymous. */
	public record TopDonor(Long donorId, String name, DonorKind kind, BigDecimal paid) {
	}

	/**
	 * Paid contributions (never pledges) per year and kind; {@code donorsPaid} counts donors with a positive
	 * net payment; {@code privateShare} in percent; {@code averagePerYear} over the years of the period that
	 * saw a payment; {@code unpaidPledges} (today, by currency) apart.
	 */
	public record MoneyIn(List<YearIn> years, Map<DonorKind, BigDecimal> byKind, Map<DonorKind, Long> donorsPaid,
			BigDecimal total, BigDecimal privateShare, BigDecimal averagePerYear, List<TopDonor> largestDonors,
			Map<String, BigDecimal> unpaidPledges) {
	}

	/**
	 * Grants awarded in the period at full amount ("paid or pledged"), with the ledger's disbursements and
	 * refunds of the period; the first {@code projects} of {@code grants} listed.
	 */
	public record MoneyOut(long grants, BigDecimal awarded, BigDecimal disbursed, BigDecimal refunded,
			List<GrantReporting.Group> byCall, List<GrantReporting.Group> byCountry,
			List<GrantReporting.GrantRow> projects) {
	}

	/** Victims assisted, shares of projects in percent of the projects awarded in the period. */
	public record Results(List<GrantReporting.VictimsYear> years, Map<String, Long> services, long victims,
			GrantReporting.TargetShares targets, BigDecimal childrenOnlyShare, BigDecimal womenSexualExploitationShare) {
	}

	/** One open reserve list: projects waiting, what they need in total, the list's expiry. */
	public record ReserveLine(long callId, String call, int waiting, BigDecimal needed, LocalDate expiresOn) {
	}

	/** Available = paid in − committed + refunded − operating reserve, all since inception, from the ledger. */
	public record Balance(BigDecimal paidIn, BigDecimal committed, BigDecimal refunded, BigDecimal operatingReserve,
			BigDecimal available) {
	}

	/** A need against what there is; {@code gap} zero when covered. */
	public record Need(BigDecimal needed, BigDecimal have, BigDecimal gap) {
	}

	/** The yearly need against the last twelve months' paid contributions; the new-call need against the balance. */
	public record Needs(LocalDate lastTwelveMonthsFrom, Need yearly, Need newCall) {
	}

	/** One month ahead: open USD pledges expected in it (overdue ones in the first month), and the balance after. */
	public record ForecastMonth(YearMonth month, BigDecimal expected, BigDecimal available) {
	}

	/** When a reserve project could be funded if the pledges are paid as expected; {@code month} null if not within twelve months. */
	public record Fundable(String call, int rank, String title, BigDecimal amount, YearMonth month) {
	}

	/** Non-USD pledges are listed apart: the fund has no exchange rate before they are paid. */
	public record Forecast(List<ForecastMonth> months, List<Fundable> reserve, Map<String, BigDecimal> otherCurrencies) {
	}
}
