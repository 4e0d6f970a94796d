package org.trustfund.grants;

import org.springframework.modulith.NamedInterface;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trustfund.calls.AssistanceService;
import org.trustfund.shared.ValidationException;
import org.trustfund.shared.ValidationException.Keyed;
import org.trustfund.shared.Money;

/**
 * Reads a report from form fields (the task page and the API use the same names): {@code women},
 * {@code girls}, {@code men}, {@code boys}, {@code service_<SERVICE>}, {@code narrative} and
 * {@code spent<line>} per budget line. Every invalid field is reported at once.
 */
@NamedInterface("api")
public final class ReportFields {

	static final int MAX_COUNT = 1_000_000;
	public static final List<String> GROUPS = List.of("women", "girls", "men", "boys");

	private ReportFields() {
	}

	public static ReportFigures parse(Map<String, String> fields, int budgetLines) {
		Map<String, Keyed> errors = new LinkedHashMap<>();
		int[] groups = new int[4];
		for (int i = 0; i < 4; i++) {
			groups[i] = count(fields, GROUPS.get(i), true, errors);
		}
		Map<AssistanceService, Integer> services = new EnumMap<>(AssistanceService.class);
		for (AssistanceService s : AssistanceService.values()) {
			int n = count(fields, "service_" + s.name(), false, errors);
			if (n > 0) {
				services.put(s, n);
			}
		}
		String narrative = fields.getOrDefault("narrative", "").strip();
		if (narrative.isEmpty() || narrative.length() > 4000) {
			errors.put("narrative", new Keyed("error.report.narrative", "Describe the period's work (up to 4000 characters)"));
		}
		List<BigDecimal> spent = new ArrayList<>();
		for (int i = 0; i < budgetLines; i++) {
			spent.add(amount(fields, "spent" + i, errors));
		}
		if (!errors.isEmpty()) {
			throw ValidationException.keyed(errors);
		}
		return new ReportFigures(groups[0], groups[1], groups[2], groups[3], services, narrative, spent);
	}

	private static int count(Map<String, String> fields, String name, boolean required, Map<String, Keyed> errors) {
		String raw = fields.getOrDefault(name, "").strip();
		if (raw.isEmpty() && !required) {
			return 0;
		}
		try {
			int n = Integer.parseInt(raw);
			if (n >= 0 && n <= MAX_COUNT) {
				return n;
			}
		}
		catch (NumberFormatException e) {
			// reported below
		}
		errors.put(name, new Keyed("error.report.count", "Give a whole number of victims from 0 to " + MAX_COUNT,
				String.valueOf(MAX_COUNT)));
		return 0;
	}

	private static BigDecimal amount(Map<String, String> fields, String name, Map<String, Keyed> errors) {
		try {
			BigDecimal a = org.trustfund.shared.AmountText.number(fields.getOrDefault(name, ""));
			if (a.signum() >= 0 && a.stripTrailingZeros().scale() <= 2 && a.compareTo(new BigDecimal("1e12")) < 0) {
				return a.setScale(2);
			}
		}
		catch (NumberFormatException e) {
			// reported below
		}
		errors.put(name, new Keyed("error.report.spent", "Give the amount spent in " + Money.CURRENCY
				+ " (0 or more, at most two decimals)"));
		return BigDecimal.ZERO;
	}
}
