package org.trustfund.ledger;

import org.springframework.modulith.NamedInterface;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * The balances a fund manager or trustee reads: the fund's totals, per year, per donor group, and the
 * pledges not yet paid (by currency, since a pledge is worth US dollars only once paid).
 */
@NamedInterface("api")
public record BalanceDashboard(FundTotals totals, BigDecimal available, BigDecimal paidInByMemberStates,
		BigDecimal paidInByPrivateDonors, BigDecimal privateSharePercent, List<YearFigures> years,
		Map<String, BigDecimal> unpaidPledges, long entryCount) {

	/** One year's movements, by value date. */
	@NamedInterface("api")
	public record YearFigures(int year, BigDecimal paidInByMemberStates, BigDecimal paidInByPrivateDonors,
			BigDecimal paidIn, BigDecimal privateSharePercent, BigDecimal committed, BigDecimal disbursed,
			BigDecimal refunded) {
	}

	/** Private donors' part of the money paid in, in percent with one decimal; 0 when nothing was paid. */
	public static BigDecimal share(BigDecimal part, BigDecimal whole) {
		if (whole.signum() == 0) {
			return BigDecimal.ZERO.setScale(1);
		}
		return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
	}
}
