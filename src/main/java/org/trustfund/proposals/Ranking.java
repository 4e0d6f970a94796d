package org.trustfund.proposals;

import org.trustfund.shared.Note;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.trustfund.calls.TargetGroup;
import org.trustfund.notifications.Text;

/**
 * Ranks reviewed proposals and recommends each: by final score; ties go first to the proposal serving
 * more of the call's priority target groups, then to a country with no funded project yet, then to the
 * earlier submission. In rank order, proposals at or above the quality threshold are funded while the
 * cumulative amount stays within the budget (the envelope, capped by the money available); once one
 * does not fit, the rest above the threshold go to the reserve list. Below the threshold: reject.
 */
final class Ranking {

	record Candidate(long proposalId, BigDecimal score, Set<TargetGroup> targetGroups, String country,
			BigDecimal amount, Instant submittedAt) {
	}

	/**
	 * @param reason why, as a bundle key with its arguments ({@code ranking.reason.*}), rendered in each reader's
	 *        language
	 * @param note the recommendation and why, as a key and arguments for the proposal's history
	 */
	record Ranked(Candidate candidate, int rank, Recommendation recommendation, Text reason, Note note) {
	}

	private Ranking() {
	}

	static List<Ranked> rank(List<Candidate> candidates, Set<TargetGroup> priorityGroups, Set<String> fundedCountries,
			BigDecimal threshold, BigDecimal budget) {
		Comparator<Candidate> order = Comparator.comparing(Candidate::score).reversed()
			.thenComparing(Comparator.comparingLong((Candidate c) -> priorityMatches(c, priorityGroups)).reversed())
			.thenComparing(c -> fundedCountries.contains(c.country()))
			.thenComparing(Candidate::submittedAt)
			.thenComparingLong(Candidate::proposalId);
		List<Candidate> sorted = candidates.stream().sorted(order).toList();
		List<Ranked> ranked = new ArrayList<>();
		BigDecimal committed = BigDecimal.ZERO;
		boolean funding = true;
		for (Candidate c : sorted) {
			int rank = ranked.size() + 1;
			if (c.score().compareTo(threshold) < 0) {
				ranked.add(new Ranked(c, rank, Recommendation.REJECT,
						Text.of("ranking.reason.belowThreshold", threshold.toPlainString()),
						Note.of("note.proposal.recommended.belowThreshold", Note.word("recommendation.REJECT"),
								threshold.toPlainString())));
			}
			else if (funding && committed.add(c.amount()).compareTo(budget) <= 0) {
				committed = committed.add(c.amount());
				ranked.add(new Ranked(c, rank, Recommendation.FUND,
						Text.of("ranking.reason.withinBudget", committed, budget),
						Note.of("note.proposal.recommended.withinBudget", Note.word("recommendation.FUND"), committed,
								budget)));
			}
			else {
				funding = false;
				ranked.add(new Ranked(c, rank, Recommendation.RESERVE,
						Text.of("ranking.reason.beyondMoney"),
						Note.of("note.proposal.recommended.beyondMoney", Note.word("recommendation.RESERVE"))));
			}
		}
		return ranked;
	}

	private static long priorityMatches(Candidate c, Set<TargetGroup> priorityGroups) {
		return c.targetGroups().stream().filter(priorityGroups::contains).count();
	}
}
