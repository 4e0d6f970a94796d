package org.trustfund.calls;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.trustfund.shared.ValidationException;
import org.trustfund.shared.ValidationException.Keyed;

/** A {@link CallForm} whose fields are checked against each other and normalised (codes, amounts, zone). */
record CallRules(String title, String description, LocalDate openingDate, LocalDateTime submissionDeadline,
		ZoneId zone, Set<String> eligibleCountries, Set<TargetGroup> priorityTargetGroups,
		Set<AssistanceService> services, BigDecimal ceilingPerGrant, int maxDurationMonths, BigDecimal envelope,
		List<String> criteria, int qualityThresholdPercent, LocalDate reserveListExpiry) {

	static CallRules check(CallForm f) {
		Map<String, Keyed> errors = new LinkedHashMap<>();
		ZoneId zone = null;
		try {
			zone = ZoneId.of(f.timeZone().strip());
		}
		catch (DateTimeException | NullPointerException e) {
			errors.put("timeZone", new Keyed("error.call.timeZone", "Unknown time zone: use an id such as Europe/Vienna or UTC"));
		}
		Set<String> countries = new TreeSet<>();
		for (String entry : f.eligibleCountries()) {
			if (entry == null || entry.isBlank()) {
				continue;
			}
			Optional<String> code = Regions.normalise(entry);
			if (code.isEmpty()) {
				String regions = String.join(", ", new TreeSet<>(Regions.names()));
				errors.putIfAbsent("eligibleCountries", new Keyed("error.call.country", "Unknown country code or region: "
						+ entry.strip() + " (use ISO codes such as TH, or " + regions + ")", entry.strip(), regions));
			}
			code.ifPresent(countries::add);
		}
		if (countries.isEmpty()) {
			errors.putIfAbsent("eligibleCountries", new Keyed("error.call.noCountry",
					"Name at least one country or region"));
		}
		List<String> criteria = f.criteria().stream().filter(c -> c != null && !c.isBlank()).map(String::strip)
			.toList();
		if (criteria.isEmpty()) {
			errors.put("criteria", new Keyed("error.call.noCriterion",
					"Name at least one scoring criterion"));
		}
		else if (criteria.stream().anyMatch(c -> c.length() > 200)) {
			errors.put("criteria", new Keyed("error.call.criterionTooLong",
					"A criterion has at most 200 characters"));
		}
		if (!f.submissionDeadline().toLocalDate().isAfter(f.openingDate())) {
			errors.put("submissionDeadline", new Keyed("error.call.deadlineOrder",
					"The deadline must come after the opening date"));
		}
		if (!f.reserveListExpiry().isAfter(f.submissionDeadline().toLocalDate())) {
			errors.put("reserveListExpiry", new Keyed("error.call.reserveExpiry",
					"The reserve list must expire after the submission deadline"));
		}
		if (f.ceilingPerGrant().compareTo(f.envelope()) > 0) {
			errors.put("ceilingPerGrant", new Keyed("error.call.ceiling",
					"The ceiling per grant cannot exceed the funding envelope"));
		}
		if (!errors.isEmpty()) {
			throw ValidationException.keyed(errors);
		}
		return new CallRules(f.title().strip(), f.description().strip(), f.openingDate(), f.submissionDeadline(), zone,
				countries, EnumSet.copyOf(f.priorityTargetGroups()), EnumSet.copyOf(f.services()),
				money(f.ceilingPerGrant()), f.maxDurationMonths(), money(f.envelope()), criteria,
				f.qualityThresholdPercent(), f.reserveListExpiry());
	}

	static BigDecimal money(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.UNNECESSARY);
	}
}
