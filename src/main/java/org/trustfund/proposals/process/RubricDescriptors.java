package org.trustfund.proposals.process;

import java.util.List;
import java.util.Locale;

/**
 * What 0 and 5 mean for a criterion of a call's rubric (issue 16 item 5), so that reviewers score alike. A call
 * names its criteria freely; each is matched by its words to a kind of criterion whose descriptors are in the
 * message bundles ({@code rubric.<KIND>.low}, {@code rubric.<KIND>.high}), or to the general descriptors.
 */
final class RubricDescriptors {

	private record Kind(String name, List<String> words) {
	}

	// Order matters: "Quality of direct assistance" is about quality, "Capacity of the organisation" about capacity.
	private static final List<Kind> KINDS = List.of(
			new Kind("BUDGET", List.of("budget", "cost", "value for money", "financ")),
			new Kind("RELEVANCE", List.of("relevan", "mandate", "priorit", "need")),
			new Kind("CAPACITY", List.of("capacit", "experience", "organisation", "organization", "track record")),
			new Kind("SUSTAINABILITY", List.of("sustainab", "continu", "after the grant")),
			new Kind("PARTNERSHIP", List.of("partner", "coordinat", "referral", "cooperat")),
			new Kind("MONITORING", List.of("monitor", "evaluat", "indicator", "report")),
			new Kind("IMPACT", List.of("impact", "result", "outcome", "effect")),
			new Kind("QUALITY", List.of("quality", "assistance", "approach", "method", "design", "victim", "survivor")));

	private RubricDescriptors() {
	}

	/**
	 * The kind of a criterion, by its words in any case (English).
	 * @return one of BUDGET, RELEVANCE, CAPACITY, SUSTAINABILITY, PARTNERSHIP, MONITORING, IMPACT, QUALITY, or
	 *         GENERAL when no word matches
	 */
	static String kind(String criterion) {
		String c = criterion == null ? "" : criterion.toLowerCase(Locale.ROOT);
		return KINDS.stream().filter(k -> k.words().stream().anyMatch(c::contains)).map(Kind::name).findFirst()
			.orElse("GENERAL");
	}

	/** The kinds of a call's criteria, in their order. */
	static List<String> kinds(List<String> criteria) {
		return criteria.stream().map(RubricDescriptors::kind).toList();
	}
}
