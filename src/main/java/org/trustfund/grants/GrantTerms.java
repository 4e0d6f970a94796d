package org.trustfund.grants;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The terms of a new grant agreement, derived from the proposal and the award: tranches (one per
 * {@code trancheMonths}, equal amounts with the cents' remainder on the first), a progress report due
 * {@code reportLead} before each later tranche and a final report {@code finalReportAfter} the end.
 */
public record GrantTerms(long proposalId, long callId, long organisationId, String grantRef, String title,
		String country, BigDecimal amount, int durationMonths, LocalDate decidedOn, LocalDate startsOn,
		LocalDate endsOn, LocalDate acceptBy, long sessionId, List<PlannedTranche> tranches,
		List<PlannedReport> reports, List<AgreementLine> budget) {

	public record PlannedTranche(int number, BigDecimal amount, LocalDate plannedOn, Integer afterReport) {
	}

	public record PlannedReport(int number, boolean finalReport, LocalDate dueOn) {
	}

	static List<PlannedTranche> tranches(BigDecimal amount, int durationMonths, LocalDate startsOn,
			GrantSettings settings) {
		int count = Math.max(1, (durationMonths + settings.trancheMonths() - 1) / settings.trancheMonths());
		BigDecimal each = amount.divide(BigDecimal.valueOf(count), 2, RoundingMode.DOWN);
		BigDecimal first = amount.subtract(each.multiply(BigDecimal.valueOf(count - 1L)));
		List<PlannedTranche> result = new ArrayList<>();
		for (int k = 1; k <= count; k++) {
			result.add(new PlannedTranche(k, k == 1 ? first : each,
					startsOn.plusMonths((long) (k - 1) * settings.trancheMonths()), k == 1 ? null : k - 1));
		}
		return result;
	}

	static List<PlannedReport> reports(List<PlannedTranche> tranches, LocalDate endsOn, GrantSettings settings) {
		List<PlannedReport> result = new ArrayList<>();
		for (PlannedTranche t : tranches.subList(1, tranches.size())) {
			result.add(new PlannedReport(t.afterReport(), false, t.plannedOn().minus(settings.reportLead())));
		}
		result.add(new PlannedReport(tranches.size(), true, endsOn.plus(settings.finalReportAfter())));
		return result;
	}

	/** The proposal's budget lines, scaled to the awarded amount when the Board awarded a different one. */
	static List<AgreementLine> budget(List<AgreementLine> proposed, BigDecimal amount) {
		BigDecimal total = proposed.stream().map(AgreementLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
		if (proposed.isEmpty() || total.signum() == 0) {
			return List.of(new AgreementLine(org.trustfund.proposals.BudgetCategory.OTHER, "Awarded budget", amount));
		}
		if (total.compareTo(amount) == 0) {
			return List.copyOf(proposed);
		}
		List<AgreementLine> scaled = new ArrayList<>();
		BigDecimal sum = BigDecimal.ZERO;
		for (AgreementLine l : proposed) {
			BigDecimal a = l.amount().multiply(amount).divide(total, 2, RoundingMode.DOWN);
			scaled.add(new AgreementLine(l.category(), l.description(), a));
			sum = sum.add(a);
		}
		AgreementLine first = scaled.get(0);
		scaled.set(0, new AgreementLine(first.category(), first.description(), first.amount().add(amount.subtract(sum))));
		return scaled;
	}
}
