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
import org.trustfund.shared.ValidationException.Keyed;

/** A {@link ProposalForm} checked as a whole (the budget adds up) and normalised (codes, USD amounts). */
record ProposalContent(String title, String country, Set<TargetGroup> targetGroups,
		Set<AssistanceService> services, int victimsPerYear, BigDecimal amountRequested, int durationMonths,
		String narrative, String contactName, String contactEmail, List<BudgetLine> budgetLines) {

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	static ProposalContent check(ProposalForm f) {
		Map<String, Keyed> errors = new LinkedHashMap<>();
		String country = f.country().toUpperCase(Locale.ROOT);
		if (!COUNTRIES.contains(country)) {
			errors.put("country", new Keyed("proposal.error.countryCode", "Unknown country code " + f.country(), f.country()));
		}
		List<BudgetLine> lines = f.budgetLines().stream()
			.map(l -> new BudgetLine(l.category(), l.description() == null ? "" : l.description().strip(),
					usd(l.amount())))
			.toList();
		BigDecimal amount = usd(f.amountRequested());
		if (!Proposal.balanced(lines, amount)) {
			BigDecimal sum = lines.stream().map(BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
			errors.put("budgetLines", new Keyed("proposal.error.unbalanced", "The budget lines add up to "
					+ sum.toPlainString() + " but the amount requested is " + amount.toPlainString(), sum.toPlainString(),
					amount.toPlainString()));
		}
		if (!errors.isEmpty()) {
			throw ValidationException.keyed(errors);
		}
		return new ProposalContent(f.title().strip(), country, EnumSet.copyOf(f.targetGroups()),
				EnumSet.copyOf(f.services()), f.victimsPerYear(), amount, f.durationMonths(), f.narrative().strip(),
				f.contactName().strip(), f.contactEmail().strip(), lines);
	}

	private static BigDecimal usd(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_UP);
	}

	/**
	 * A draft as filled so far: nothing is required, only what could not be stored is refused (texts over their
	 * length, an unknown country code, more than 50 budget lines, amounts over 12 digits, an amount requested below
	 * zero; a budget line below zero is kept, for the checklist to refuse at Submit). Blank
	 * texts stay blank, missing numbers become 0, a budget line keeps a missing category or amount (null), and
	 * the amount requested (USD, scale 2) is the form's or, if it gives none, the sum of the lines.
	 *
	 * @throws ValidationException with a keyed message ({@code proposal.error.*}) per field that cannot be stored
	 */
	static ProposalContent partial(ProposalForm f) {
		Map<String, Keyed> errors = new LinkedHashMap<>();
		String title = text(errors, "title", f.title(), 200);
		String country = text(errors, "country", f.country(), 2).toUpperCase(Locale.ROOT);
		if (!country.isEmpty() && !COUNTRIES.contains(country)) {
			errors.put("country", new Keyed("proposal.error.country", "Choose a country from the list"));
		}
		String narrative = text(errors, "narrative", f.narrative(), 20000);
		String contactName = text(errors, "contactName", f.contactName(), 200);
		String contactEmail = text(errors, "contactEmail", f.contactEmail(), 200);
		List<ProposalForm.Line> given = f.budgetLines() == null ? List.of() : f.budgetLines();
		if (given.size() > 50) {
			errors.put("budgetLines", new Keyed("proposal.error.lines50", "At most 50 budget lines"));
		}
		List<BudgetLine> lines = new java.util.ArrayList<>();
		for (int i = 0; i < given.size(); i++) {
			ProposalForm.Line l = given.get(i);
			if (l == null) {
				continue;
			}
			String description = text(errors, "lines[" + i + "].description", l.description(), 300);
			lines.add(new BudgetLine(l.category(), description, storableLine(errors, "lines[" + i + "].amount", l.amount())));
		}
		BigDecimal amount = f.amountRequested() != null ? storable(errors, "amountRequested", f.amountRequested())
				: lines.stream().map(BudgetLine::amount).filter(java.util.Objects::nonNull)
					.reduce(BigDecimal.ZERO, BigDecimal::add).max(BigDecimal.ZERO);
		int victims = count(errors, "victimsPerYear", f.victimsPerYear());
		int duration = count(errors, "durationMonths", f.durationMonths());
		if (!errors.isEmpty()) {
			throw ValidationException.keyed(errors);
		}
		return new ProposalContent(title, country, f.targetGroups() == null || f.targetGroups().isEmpty()
				? EnumSet.noneOf(TargetGroup.class) : EnumSet.copyOf(f.targetGroups()),
				f.services() == null || f.services().isEmpty() ? EnumSet.noneOf(AssistanceService.class)
						: EnumSet.copyOf(f.services()),
				victims, amount == null ? BigDecimal.ZERO.setScale(2) : usd(amount), duration, narrative, contactName,
				contactEmail, lines);
	}

	private static String text(Map<String, Keyed> errors, String field, String value, int max) {
		String s = value == null ? "" : value.strip();
		if (s.length() > max) {
			errors.put(field, new Keyed("proposal.error.max" + max, max == 2 ? "Choose a country from the list"
					: "At most " + String.format(Locale.ROOT, "%,d", max) + " characters"));
		}
		return s;
	}

	private static BigDecimal storable(Map<String, Keyed> errors, String field, BigDecimal amount) {
		if (amount == null) {
			return null;
		}
		if (amount.signum() < 0 || amount.setScale(2, RoundingMode.HALF_UP).precision() - 2 > 12) {
			errors.put(field, new Keyed("proposal.error.amount", "An amount from 0 to 999,999,999,999.99"));
			return null;
		}
		return usd(amount);
	}

	/**
	 * A budget line's amount as a draft keeps it: below zero is stored (the checklist refuses it at Submit, so the
	 * NGO does not lose what it typed); only what a column cannot hold (over 12 digits) is refused.
	 */
	private static BigDecimal storableLine(Map<String, Keyed> errors, String field, BigDecimal amount) {
		if (amount == null) {
			return null;
		}
		if (amount.abs().setScale(2, RoundingMode.HALF_UP).precision() - 2 > 12) {
			errors.put(field, new Keyed("proposal.error.amount", "An amount from 0 to 999,999,999,999.99"));
			return null;
		}
		return usd(amount);
	}

	private static int count(Map<String, Keyed> errors, String field, Integer n) {
		if (n == null) {
			return 0;
		}
		if (n < 0 || n > 1_000_000) {
			errors.put(field, new Keyed("proposal.error.count", "A whole number from 0 to 1,000,000"));
			return 0;
		}
		return n;
	}
}
