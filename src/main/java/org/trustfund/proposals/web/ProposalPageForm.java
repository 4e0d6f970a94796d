package org.trustfund.proposals.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trustfund.calls.AssistanceService;
import org.trustfund.calls.TargetGroup;
import org.trustfund.proposals.BudgetCategory;
import org.trustfund.proposals.BudgetLine;
import org.trustfund.proposals.Proposal;
import org.trustfund.proposals.ProposalForm;
import org.trustfund.shared.AmountText;

/**
 * The proposal form of the pages: numbers bind as typed, so the form can be shown again with a message
 * per field; {@link #toForm} turns it into the API's {@link ProposalForm} with whatever is filled (a draft may be
 * incomplete). The amount requested is the sum of the budget lines. Empty budget rows are ignored; the form
 * has as many rows as the NGO adds (at least one).
 */
public class ProposalPageForm implements java.io.Serializable {

	private static final long serialVersionUID = 1L;

	static final int MAX_LINES = 50;

	private String title = "";
	private String country = "";
	private Set<TargetGroup> targetGroups = EnumSet.noneOf(TargetGroup.class);
	private Set<AssistanceService> services = EnumSet.noneOf(AssistanceService.class);
	private String victimsPerYear = "";
	private String durationMonths = "";
	private String narrative = "";
	private String contactName = "";
	private String contactEmail = "";
	private List<Line> lines = new ArrayList<>(List.of(new Line()));
	private final Map<String, String> notSaved = new LinkedHashMap<>();

	static ProposalPageForm of(Proposal p) {
		ProposalPageForm f = new ProposalPageForm();
		f.title = p.getTitle();
		f.country = p.getCountry();
		f.targetGroups = p.getTargetGroups().isEmpty() ? EnumSet.noneOf(TargetGroup.class) : EnumSet.copyOf(p.getTargetGroups());
		f.services = p.getServices().isEmpty() ? EnumSet.noneOf(AssistanceService.class) : EnumSet.copyOf(p.getServices());
		f.victimsPerYear = p.getVictimsPerYear() == 0 ? "" : Integer.toString(p.getVictimsPerYear());
		f.durationMonths = p.getDurationMonths() == 0 ? "" : Integer.toString(p.getDurationMonths());
		f.narrative = p.getNarrative();
		f.contactName = p.getContactName();
		f.contactEmail = p.getContactEmail();
		if (!p.getBudgetLines().isEmpty()) {
			f.lines = new ArrayList<>();
		}
		for (BudgetLine b : p.getBudgetLines()) {
			Line line = new Line();
			line.category = b.category();
			line.description = b.description() == null ? "" : b.description();
			line.amount = b.amount() == null ? "" : b.amount().toPlainString();
			f.lines.add(line);
		}
		return f;
	}

	/** One more empty budget row (the form's "Add a budget line" without JavaScript), up to {@value #MAX_LINES}. */
	void addLine() {
		if (lines.size() < MAX_LINES) {
			lines.add(new Line());
		}
	}

	/** Removes budget row {@code index} (0-based) if there is one, keeping at least one row. */
	void removeLine(int index) {
		if (index >= 0 && index < lines.size()) {
			lines.remove(index);
		}
		if (lines.isEmpty()) {
			lines.add(new Line());
		}
	}

	/** The sum of the budget rows' amounts that are numbers, USD. */
	BigDecimal total() {
		return lines.stream().map(l -> parse(l.amount)).filter(java.util.Objects::nonNull)
			.reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, java.math.RoundingMode.HALF_UP);
	}

	/**
	 * The form as the service takes it: blanks become null, the amount requested is null (the service sums the
	 * lines). A draft keeps the page's promise that nothing is checked until Submit: what can be stored is kept,
	 * even if Submit will refuse it (a negative budget line); a value that cannot be stored at all ("abc" as a
	 * number, "1500,50" as an amount, a description over 300 characters) is left out and named in
	 * {@link #notSaved()}, with the reason in the reader's language, so the page can say so and show the typed
	 * value again. Numbers may be typed with Arabic-Indic digits ({@link AmountText}).
	 *
	 * @param message resolves a message key with its arguments in the reader's language
	 */
	ProposalForm toForm(java.util.function.BiFunction<String, Object[], String> message) {
		notSaved.clear();
		Integer victims = whole(notSaved, message, "victimsPerYear", victimsPerYear);
		Integer duration = whole(notSaved, message, "durationMonths", durationMonths);
		List<ProposalForm.Line> budget = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			Line l = lines.get(i);
			if (l == null || l.category == null && blank(l.description) && blank(l.amount)) {
				continue;
			}
			String line = Integer.toString(i + 1);
			BigDecimal amount = null;
			try {
				amount = AmountText.read(l.amount);
				if (amount != null && (amount.stripTrailingZeros().scale() > 2
						|| amount.abs().setScale(2, java.math.RoundingMode.HALF_UP).precision() - 2 > 12)) {
					notSaved.put("line-amount-" + i, message.apply("proposal.error.lineAmount", new Object[] {line, l.amount.strip()}));
					amount = null;
				}
			}
			catch (AmountText.NotANumber e) {
				notSaved.put("line-amount-" + i, e.problem() == AmountText.Problem.DECIMAL_COMMA
						? message.apply("proposal.error.lineAmount.decimalComma", new Object[] {line, e.suggestion()})
						: message.apply("proposal.error.lineAmount.format", new Object[] {line, l.amount.strip()}));
			}
			String description = l.description;
			if (description != null && description.strip().length() > 300) {
				notSaved.put("line-description-" + i, message.apply("proposal.error.lineDescription", new Object[] {line}));
				description = null;
			}
			budget.add(new ProposalForm.Line(l.category, description, amount));
		}
		return new ProposalForm(title, country, targetGroups, services, victims, null, duration, narrative,
				contactName, contactEmail, budget);
	}

	/**
	 * @return after {@link #toForm}: field id ({@code durationMonths}, {@code line-amount-2}, ...) to why its typed
	 *         value was left out of the saved draft, in the form's order; empty when everything was kept
	 */
	Map<String, String> notSaved() {
		return notSaved;
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static BigDecimal parse(String text) {
		try {
			return AmountText.read(text);
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	private static Integer whole(Map<String, String> errors, java.util.function.BiFunction<String, Object[], String> message,
			String field, String text) {
		if (blank(text)) {
			return null;
		}
		BigDecimal n = parse(text);
		if (n == null) {
			errors.put(field, message.apply("proposal.error.notANumber", new Object[] {text.strip()}));
			return null;
		}
		if (n.signum() < 0 || n.stripTrailingZeros().scale() > 0 || n.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
			errors.put(field, message.apply("proposal.error.count", new Object[0]));
			return null;
		}
		return n.intValueExact();
	}

	public static class Line implements java.io.Serializable {

		private static final long serialVersionUID = 1L;
		private BudgetCategory category;
		private String description = "";
		private String amount = "";

		public BudgetCategory getCategory() { return category; }
		public void setCategory(BudgetCategory v) { category = v; }
		public String getDescription() { return description; }
		public void setDescription(String v) { description = v; }
		public String getAmount() { return amount; }
		public void setAmount(String v) { amount = v; }
	}

	public String getTitle() { return title; }
	public void setTitle(String v) { title = v; }
	public String getCountry() { return country; }
	public void setCountry(String v) { country = v; }
	public Set<TargetGroup> getTargetGroups() { return targetGroups; }
	public void setTargetGroups(Set<TargetGroup> v) { targetGroups = v == null ? EnumSet.noneOf(TargetGroup.class) : v; }
	public Set<AssistanceService> getServices() { return services; }
	public void setServices(Set<AssistanceService> v) { services = v == null ? EnumSet.noneOf(AssistanceService.class) : v; }
	public String getVictimsPerYear() { return victimsPerYear; }
	public void setVictimsPerYear(String v) { victimsPerYear = v; }
	public String getDurationMonths() { return durationMonths; }
	public void setDurationMonths(String v) { durationMonths = v; }
	public String getNarrative() { return narrative; }
	public void setNarrative(String v) { narrative = v; }
	public String getContactName() { return contactName; }
	public void setContactName(String v) { contactName = v; }
	public String getContactEmail() { return contactEmail; }
	public void setContactEmail(String v) { contactEmail = v; }
	public List<Line> getLines() { return lines; }
	public void setLines(List<Line> v) { lines = v; }
}
