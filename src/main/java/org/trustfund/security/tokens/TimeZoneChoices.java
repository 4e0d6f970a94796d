package org.trustfund.security.tokens;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The time zones the profile page offers: IANA region zones, grouped by continent or ocean, in name order. */
final class TimeZoneChoices {

	/** The IANA regions offered; the others (Etc/, SystemV/, US/, ...) are aliases of these. */
	private static final Set<String> REGIONS = Set.of("Africa", "America", "Antarctica", "Arctic", "Asia",
			"Atlantic", "Australia", "Europe", "Indian", "Pacific");

	private TimeZoneChoices() {
	}

	/**
	 * @param current the zone the user has now, or {@code null}: offered (under "Other") even when it is an
	 *        alias outside the regions
	 * @return region name ("Africa") to its zone ids ("Africa/Abidjan", ...), regions and ids in name order
	 */
	static Map<String, List<String>> grouped(ZoneId current) {
		Map<String, List<String>> groups = new TreeMap<>();
		ZoneId.getAvailableZoneIds().stream().sorted().forEach(id -> {
			int slash = id.indexOf('/');
			String region = slash < 0 ? "" : id.substring(0, slash);
			if (REGIONS.contains(region)) {
				groups.computeIfAbsent(region, r -> new ArrayList<>()).add(id);
			}
		});
		if (current != null && groups.values().stream().noneMatch(ids -> ids.contains(current.getId()))) {
			groups.put("Other", List.of(current.getId()));
		}
		return groups;
	}
}
