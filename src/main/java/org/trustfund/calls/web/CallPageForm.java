package org.trustfund.calls.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.trustfund.calls.AssistanceService;
import org.trustfund.calls.Call;
import org.trustfund.calls.CallForm;
import org.trustfund.calls.TargetGroup;
import org.trustfund.shared.ValidationException;
import org.trustfund.shared.ValidationException.Keyed;

/**
 * The call form of the pages: text fields bind whatever was typed, so the form can be shown again with
 * a message per field; {@link #toForm()} turns it into the API's {@link CallForm}.
 */
public class CallPageForm {

	static final int CRITERIA_ROWS = 8;

	private String title = "";
	private String description = "";
	private String openingDate = "";
	private String submissionDeadline = "";
	private String timeZone = "UTC";
	private String eligibleCountries = "";
	private Set<TargetGroup> priorityTargetGroups = EnumSet.noneOf(TargetGroup.class);
	private Set<AssistanceService> services = EnumSet.noneOf(AssistanceService.class);
	private String ceilingPerGrant = "60000.00";
	private String maxDurationMonths = "36";
	private String envelope = "";
	private List<String> criteria = new ArrayList<>(List.of("", "", "", "", "", "", "", ""));
	private String qualityThresholdPercent = "60";
	private String reserveListExpiry = "";

	static CallPageForm of(Call c) {
		CallPageForm f = new CallPageForm();
		f.title = c.getTitle();
		f.description = c.getDescription();
		f.openingDate = c.getOpeningDate().toString();
		f.submissionDeadline = c.getSubmissionDeadline().toString();
		f.timeZone = c.getTimeZone();
		f.eligibleCountries = String.join(", ", new TreeSet<>(c.getEligibleCountries()));
		f.priorityTargetGroups = EnumSet.copyOf(c.getPriorityTargetGroups());
		f.services = EnumSet.copyOf(c.getServices());
		f.ceilingPerGrant = c.getCeilingPerGrant().toString();
		f.maxDurationMonths = Integer.toString(c.getMaxDurationMonths());
		f.envelope = c.getEnvelope().toString();
		f.criteria = new ArrayList<>(c.getCriteria());
		while (f.criteria.size() < CRITERIA_ROWS) {
			f.criteria.add("");
		}
		f.qualityThresholdPercent = Integer.toString(c.getQualityThresholdPercent());
		f.reserveListExpiry = c.getReserveListExpiry().toString();
		return f;
	}

	CallForm toForm() {
		Map<String, Keyed> errors = new LinkedHashMap<>();
		CallForm form = new CallForm(title, description, parse(errors, "openingDate", openingDate, LocalDate::parse),
				parse(errors, "submissionDeadline", submissionDeadline, LocalDateTime::parse), timeZone,
				new TreeSet<>(Arrays.stream(eligibleCountries.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList()),
				priorityTargetGroups, services, parse(errors, "ceilingPerGrant", ceilingPerGrant, BigDecimal::new),
				parse(errors, "maxDurationMonths", maxDurationMonths, Integer::valueOf),
				parse(errors, "envelope", envelope, BigDecimal::new), criteria,
				parse(errors, "qualityThresholdPercent", qualityThresholdPercent, Integer::valueOf),
				parse(errors, "reserveListExpiry", reserveListExpiry, LocalDate::parse));
		if (!errors.isEmpty()) {
			throw ValidationException.keyed(errors);
		}
		return form;
	}

	private static <T> T parse(Map<String, Keyed> errors, String field, String text, Function<String, T> parser) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return parser.apply(text.strip());
		}
		catch (RuntimeException e) {
			errors.put(field, new Keyed("error.value.invalid", "Not a valid value: " + text.strip(), text.strip()));
			return null;
		}
	}

	// Getters and setters for the form binding.
	public String getTitle() { return title; }
	public void setTitle(String v) { title = v; }
	public String getDescription() { return description; }
	public void setDescription(String v) { description = v; }
	public String getOpeningDate() { return openingDate; }
	public void setOpeningDate(String v) { openingDate = v; }
	public String getSubmissionDeadline() { return submissionDeadline; }
	public void setSubmissionDeadline(String v) { submissionDeadline = v; }
	public String getTimeZone() { return timeZone; }
	public void setTimeZone(String v) { timeZone = v; }
	public String getEligibleCountries() { return eligibleCountries; }
	public void setEligibleCountries(String v) { eligibleCountries = v == null ? "" : v; }
	public Set<TargetGroup> getPriorityTargetGroups() { return priorityTargetGroups; }
	public void setPriorityTargetGroups(Set<TargetGroup> v) { priorityTargetGroups = v == null ? EnumSet.noneOf(TargetGroup.class) : v; }
	public Set<AssistanceService> getServices() { return services; }
	public void setServices(Set<AssistanceService> v) { services = v == null ? EnumSet.noneOf(AssistanceService.class) : v; }
	public String getCeilingPerGrant() { return ceilingPerGrant; }
	public void setCeilingPerGrant(String v) { ceilingPerGrant = v; }
	public String getMaxDurationMonths() { return maxDurationMonths; }
	public void setMaxDurationMonths(String v) { maxDurationMonths = v; }
	public String getEnvelope() { return envelope; }
	public void setEnvelope(String v) { envelope = v; }
	public List<String> getCriteria() { return criteria; }
	public void setCriteria(List<String> v) { criteria = v == null ? new ArrayList<>() : v; }
	public String getQualityThresholdPercent() { return qualityThresholdPercent; }
	public void setQualityThresholdPercent(String v) { qualityThresholdPercent = v; }
	public String getReserveListExpiry() { return reserveListExpiry; }
	public void setReserveListExpiry(String v) { reserveListExpiry = v; }
}
