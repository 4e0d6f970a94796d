package org.trustfund.board.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trustfund.board.session.VotingRules.Cast;
import org.trustfund.shared.ValidationException;

/** The voting rules as functions of plain values: no Spring, no database. */
class VotingRulesTest {

	static final List<Long> AGENDA = List.of(30L, 10L, 20L);

	@Test
	void castsOneVotePerProposalNotVotedOnYetInAgendaOrder() {
		List<Cast> cast = VotingRules.ballot(AGENDA, Map.of(10L, VoteChoice.RECUSED), List.of(
				new Ballot(20L, "approve", "  strong project "), new Ballot(30L, "REJECT", " "),
				new Ballot(10L, "", null)));
		assertThat(cast).containsExactly(new Cast(30, VoteChoice.REJECT, null),
				new Cast(20, VoteChoice.APPROVE, "strong project"));
	}

	@Test
	void refusesABallotMissingAChoiceForAProposalNotVotedOnYet() {
		assertThatThrownBy(() -> VotingRules.ballot(AGENDA, Map.of(), List.of(new Ballot(30L, "abstain", null),
				new Ballot(10L, "maybe", null))))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsOnly(
					Map.entry("choice_10", "Choose approve, reject, abstain or recuse"),
					Map.entry("choice_20", "Choose approve, reject, abstain or recuse")));
	}

	@Test
	void refusesLinesOffTheAgendaTwiceOrAlreadyVoted() {
		assertThatThrownBy(() -> VotingRules.ballot(AGENDA, Map.of(10L, VoteChoice.RECUSED, 20L, VoteChoice.APPROVE),
				Arrays.asList(new Ballot(99L, "approve", null), new Ballot(30L, "approve", null),
						new Ballot(30L, "reject", null), new Ballot(10L, "approve", null),
						new Ballot(20L, "reject", null))))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsOnly(
					Map.entry("votes", "Proposal 99 is not on this session's agenda"),
					Map.entry("choice_30", "Vote only once on each proposal"),
					Map.entry("choice_10", "You are recused from this proposal"),
					Map.entry("choice_20", "You already voted on this proposal")));
	}

	@Test
	void refusesCommentsOverTwoThousandCharacters() {
		assertThatThrownBy(() -> VotingRules.ballot(List.of(10L), Map.of(),
				List.of(new Ballot(10L, "approve", "x".repeat(2001)))))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
				.containsOnly(Map.entry("comment_10", "Comments are limited to 2000 characters")));
		assertThat(VotingRules.ballot(List.of(10L), Map.of(), List.of(new Ballot(10L, "approve", "x".repeat(2000)))))
			.hasSize(1);
	}

	@Test
	void anEmptyBallotCastsNothingWhenEveryProposalIsVotedOn() {
		assertThat(VotingRules.ballot(List.of(10L), Map.of(10L, VoteChoice.RECUSED), null)).isEmpty();
	}

	@Test
	void readsChoicesInAnyCase() {
		assertThat(VotingRules.choice(" Recuse ")).isEqualTo(VoteChoice.RECUSED);
		assertThat(VotingRules.choice("recused")).isEqualTo(VoteChoice.RECUSED);
		assertThat(VotingRules.choice("Abstain")).isEqualTo(VoteChoice.ABSTAIN);
		assertThat(VotingRules.choice("yes")).isNull();
		assertThat(VotingRules.choice(null)).isNull();
	}

	@Test
	void recusesTrusteesFromProjectsInTheirOwnCountry() {
		assertThat(VotingRules.recusedByCountry("NG", "ng")).isTrue();
		assertThat(VotingRules.recusedByCountry("NG", "GH")).isFalse();
	}

	@Test
	void remindsBeforeTheDeadlineButNeverBeforeTheSessionWasConvened() {
		Instant deadline = Instant.parse("2026-03-10T12:00:00Z");
		assertThat(VotingRules.reminderDue(deadline, Duration.ofDays(3), Instant.parse("2026-03-01T00:00:00Z")))
			.isEqualTo(Instant.parse("2026-03-07T12:00:00Z"));
		assertThat(VotingRules.reminderDue(deadline, Duration.ofDays(3), Instant.parse("2026-03-08T09:00:00Z")))
			.isEqualTo(Instant.parse("2026-03-08T09:00:00Z"));
	}

	@Test
	void theChairsNoteIsStrippedAndLimited() {
		assertThat(VotingRules.signatureNote("  approved as minuted ")).isEqualTo("approved as minuted");
		assertThat(VotingRules.signatureNote(" ")).isNull();
		assertThat(VotingRules.signatureNote(null)).isNull();
		assertThatThrownBy(() -> VotingRules.signatureNote("x".repeat(2001)))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
				.containsOnly(Map.entry("note", "The note is limited to 2000 characters")));
	}
}
