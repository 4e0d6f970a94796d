package org.trustfund.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trustfund.calls.TargetGroup;
import org.trustfund.proposals.Ranking.Candidate;
import org.trustfund.proposals.Ranking.Ranked;

class RankingTest {

	private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");
	private static final Set<TargetGroup> PRIORITY = EnumSet.of(TargetGroup.GIRLS, TargetGroup.SEXUAL_EXPLOITATION);

	private static Candidate candidate(long id, String score, String country, String amount, TargetGroup... groups) {
		return new Candidate(id, new BigDecimal(score), groups.length == 0 ? EnumSet.noneOf(TargetGroup.class)
				: EnumSet.of(groups[0], groups), country, new BigDecimal(amount), T.plusSeconds(id));
	}

	private static List<Ranked> rank(String budget, Candidate... candidates) {
		return Ranking.rank(List.of(candidates), PRIORITY, Set.of("TH"), new BigDecimal("9.00"), new BigDecimal(budget));
	}

	@Test
	void ranksByFinalScore() {
		List<Ranked> ranked = rank("1000000", candidate(1, "10", "NG", "100"), candidate(2, "14", "NG", "100"),
				candidate(3, "12", "NG", "100"));
		assertThat(ranked).extracting(r -> r.candidate().proposalId()).containsExactly(2L, 3L, 1L);
		assertThat(ranked).extracting(Ranked::rank).containsExactly(1, 2, 3);
	}

	@Test
	void tiesGoFirstToMorePriorityTargetGroups() {
		List<Ranked> ranked = rank("1000000", candidate(1, "12", "NG", "100", TargetGroup.WOMEN),
				candidate(2, "12", "NG", "100", TargetGroup.GIRLS, TargetGroup.SEXUAL_EXPLOITATION),
				candidate(3, "12", "NG", "100", TargetGroup.GIRLS));
		assertThat(ranked).extracting(r -> r.candidate().proposalId()).containsExactly(2L, 3L, 1L);
	}

	@Test
	void thenToCountriesWithNoFundedProjectYet() {
		List<Ranked> ranked = rank("1000000", candidate(1, "12", "TH", "100", TargetGroup.GIRLS),
				candidate(2, "12", "NG", "100", TargetGroup.GIRLS));
		assertThat(ranked).extracting(r -> r.candidate().proposalId()).containsExactly(2L, 1L);
	}

	@Test
	void fundsWhileTheCumulativeAmountStaysWithinTheBudgetThenReservesThenRejectsBelowThreshold() {
		List<Ranked> ranked = rank("100000", candidate(1, "15", "NG", "60000"), candidate(2, "14", "NG", "40000"),
				candidate(3, "13", "NG", "10000"), candidate(4, "9", "NG", "5000"), candidate(5, "8.99", "NG", "1"));
		assertThat(ranked).extracting(Ranked::recommendation).containsExactly(Recommendation.FUND,
				Recommendation.FUND, Recommendation.RESERVE, Recommendation.RESERVE, Recommendation.REJECT);
	}

	@Test
	void onceAProposalDoesNotFitTheLowerRankedAreReservedEvenIfSmaller() {
		List<Ranked> ranked = rank("50000", candidate(1, "15", "NG", "40000"), candidate(2, "14", "NG", "20000"),
				candidate(3, "13", "NG", "5000"));
		assertThat(ranked).extracting(Ranked::recommendation).containsExactly(Recommendation.FUND,
				Recommendation.RESERVE, Recommendation.RESERVE);
	}

	@Test
	void eachReasonIsABundleKeyWithItsAmountsAndThresholdAsArguments() {
		List<Ranked> ranked = rank("100000", candidate(1, "15", "NG", "60000"), candidate(2, "14", "NG", "45000"),
				candidate(3, "8", "NG", "1"));
		assertThat(ranked.get(0).reason()).isEqualTo(
				org.trustfund.notifications.Text.of("ranking.reason.withinBudget", new java.math.BigDecimal("60000"),
						new java.math.BigDecimal("100000")));
		assertThat(ranked.get(1).reason().key()).isEqualTo("ranking.reason.beyondMoney");
		assertThat(ranked.get(1).reason().args()).isEmpty();
		assertThat(ranked.get(2).reason().key()).isEqualTo("ranking.reason.belowThreshold");
		assertThat(ranked.get(2).reason().args()).containsExactly("text:9.00");
	}
}
