package org.trustfund.proposals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.trustfund.calls.AssistanceService;
import org.trustfund.calls.TargetGroup;
import org.trustfund.shared.ValidationException;

/** A {@link ProposalForm} checked as a whole (the budget adds up) and normalised (codes, USD amounts). */
record ProposalContent(String title, String country, Set<TargetGroup> targetGroups,
		Set<AssistanceService> services, int victimsPerYear, BigDecimal amountRequested, int durationMonths,
		String narrative, String contactName, String contactEmail, List<BudgetLine> budgetLines) {

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	static ProposalContent check(ProposalForm f) {
		Map<String, String> errors = new LinkedHashMap<>();
		String country = f.country().toUpperCase(Locale.ROOT);
		if (!COUNTRIES.contains(country)) {
			errors.put("country", "Unknown country code " + f.country());
		}
		List<BudgetLine> lines = f.budgetLines().stream()
			.map(l -> new BudgetLine(l.category(), l.description() == null ? "" : l.description().strip(),
					usd(l.amount())))
			.toList();
		BigDecimal amount = usd(f.amountRequested());
		if (!Proposal.balanced(lines, amount)) {
			BigDecimal sum = lines.stream().map(BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
			errors.put("budgetLines", "The budget lines add up to " + sum.toPlainString()
					+ " but the amount requested is " + amount.toPlainString());
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		return new ProposalContent(f.title().strip(), country, EnumSet.copyOf(f.targetGroups()),
				EnumSet.copyOf(f.services()), f.victimsPerYear(), amount, f.durationMonths(), f.narrative().strip(),
				f.contactName().strip(), f.contactEmail().strip(), lines);
	}

	private static BigDecimal usd(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_UP);
	}
}
