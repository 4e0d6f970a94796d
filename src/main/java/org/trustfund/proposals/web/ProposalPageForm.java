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
import org.trustfund.shared.ValidationException;

/**
 * The proposal form of the pages: numbers bind as typed, so the form can be shown again with a message
 * per field; {@link #toForm()} turns it into the API's {@link ProposalForm}. Empty budget rows are ignored.
 */
public class ProposalPageForm {

	static final int BUDGET_ROWS = 8;

	private String title = "";
	private String country = "";
	private Set<TargetGroup> targetGroups = EnumSet.noneOf(TargetGroup.class);
	private Set<AssistanceService> services = EnumSet.noneOf(AssistanceService.class);
	private String victimsPerYear = "";
	private String amountRequested = "";
	private String durationMonths = "";
	private String narrative = "";
	private String contactName = "";
	private String contactEmail = "";
	private List<Line> lines = new ArrayList<>();

	public ProposalPageForm() {
		while (lines.size() < BUDGET_ROWS) {
			lines.add(new Line());
		}
	}

	static ProposalPageForm of(Proposal p) {
		ProposalPageForm f = new ProposalPageForm();
		f.title = p.getTitle();
		f.country = p.getCountry();
		f.targetGroups = EnumSet.copyOf(p.getTargetGroups());
		f.services = EnumSet.copyOf(p.getServices());
		f.victimsPerYear = Integer.toString(p.getVictimsPerYear());
		f.amountRequested = p.getAmountRequested().toString();
		f.durationMonths = Integer.toString(p.getDurationMonths());
		f.narrative = p.getNarrative();
		f.contactName = p.getContactName();
		f.contactEmail = p.getContactEmail();
		List<BudgetLine> budget = p.getBudgetLines();
		for (int i = 0; i < budget.size() && i < BUDGET_ROWS; i++) {
			Line line = f.lines.get(i);
			line.category = budget.get(i).category();
			line.description = budget.get(i).description();
			line.amount = budget.get(i).amount().toPlainString();
		}
		return f;
	}

	ProposalForm toForm() {
		Map<String, String> errors = new LinkedHashMap<>();
		List<ProposalForm.Line> budget = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			Line l = lines.get(i);
			if (l.category == null && blank(l.description) && blank(l.amount)) {
				continue;
			}
			budget.add(new ProposalForm.Line(l.category, l.description,
					number(errors, "lines[" + i + "].amount", l.amount)));
		}
		BigDecimal amount = number(errors, "amountRequested", amountRequested);
		Integer victims = whole(errors, "victimsPerYear", victimsPerYear);
		Integer duration = whole(errors, "durationMonths", durationMonths);
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		return new ProposalForm(title, country, targetGroups, services, victims, amount, duration, narrative,
				contactName, contactEmail, budget);
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static BigDecimal number(Map<String, String> errors, String field, String text) {
		if (blank(text)) {
			return null;
		}
		try {
			return new BigDecimal(text.strip().replace(",", ""));
		}
		catch (NumberFormatException e) {
			errors.put(field, "Not a number: " + text.strip());
			return null;
		}
	}

	private static Integer whole(Map<String, String> errors, String field, String text) {
		BigDecimal n = number(errors, field, text);
		if (n != null && (n.stripTrailingZeros().scale() > 0 || n.abs().compareTo(BigDecimal.valueOf(1_000_000_000)) > 0)) {
			errors.put(field, "A whole number, please");
			return null;
		}
		return n == null ? null : n.intValueExact();
	}

	public static class Line {
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
	public String getAmountRequested() { return amountRequested; }
	public void setAmountRequested(String v) { amountRequested = v; }
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
