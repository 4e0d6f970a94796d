package org.trustfund.board.session.web;

import java.math.BigDecimal;
import org.trustfund.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.trustfund.board.session.BoardPapers;
import org.trustfund.board.session.BoardSession;
import org.trustfund.board.session.Outcome;
import org.trustfund.board.session.Tally;
import org.trustfund.board.session.Vote;

/** What the session API returns. Before voting closes, nobody is shown how anyone voted, only who has. */
final class SessionViews {

	private SessionViews() {
	}

	record SessionView(long id, String kind, Long callId, String status, Instant votingDeadline, String chair,
			String convenedBy, Instant convenedAt, Instant votingClosedAt, Instant signedAt, Instant appliedAt,
			List<VoterView> voters) {
		static SessionView of(BoardSession s, Map<String, Boolean> voted) {
			return new SessionView(s.getId(), s.getKind().name(), s.getCallId(), s.getStatus().name(),
					s.getVotingDeadline(), s.getChair(), s.getConvenedBy(), s.getConvenedAt(), s.getVotingClosedAt(),
					s.getSignedAt(), s.getAppliedAt(), voted.entrySet().stream()
						.map(e -> new VoterView(e.getKey(), e.getValue())).toList());
		}
	}

	record VoterView(String username, boolean voted) {
	}

	record PapersView(long sessionId, String callTitle, BigDecimal available, List<PaperView> proposals) {
		static PapersView of(BoardPapers.Papers p) {
			return new PapersView(p.session().getId(), p.callTitle(), p.available().amount(), p.items().stream()
				.map(i -> new PaperView(i.position(), i.proposal().getId(), i.proposal().getTitle(),
						i.proposal().getCountry(), i.proposal().getAmountRequested(), i.proposal().getNarrative(),
						i.proposal().getFinalScore(), i.proposal().getRankPosition(),
						String.valueOf(i.proposal().getRecommendation()), i.proposal().getRecommendationNote(),
						i.reviews().stream().map(r -> new ReviewView(r.getTotal(), r.getComments())).toList()))
				.toList());
		}
	}

	record PaperView(int position, long proposalId, String title, String country, Money amountRequested,
			String summary, BigDecimal finalScore, Integer rank, String recommendation, String recommendationNote,
			List<ReviewView> reviews) {
	}

	record ReviewView(Integer total, String comments) {
	}

	record VoteView(long proposalId, String trustee, String choice, String comment, boolean automatic, Instant castAt) {
		static VoteView of(Vote v) {
			return new VoteView(v.getProposalId(), v.getTrustee(), v.getChoice().name(), v.getComment(), v.isAutomatic(),
					v.getCastAt());
		}
	}

	record MinutesView(SessionView session, String signatureNote, List<LineView> proposals) {
		static MinutesView of(BoardPapers.Minutes m, Map<String, Boolean> voted) {
			return new MinutesView(SessionView.of(m.session(), voted), m.session().getSignatureNote(), m.lines().stream()
				.map(l -> new LineView(l.proposal().getId(), l.proposal().getTitle(), l.proposal().getRankPosition(),
						l.votes().stream().map(VoteView::of).toList(), l.tally(), OutcomeView.of(l.outcome())))
				.toList());
		}
	}

	record LineView(long proposalId, String title, Integer rank, List<VoteView> votes, Tally tally,
			OutcomeView outcome) {
	}

	record OutcomeView(String decision, String result, String note, Instant decidedAt) {
		static OutcomeView of(Outcome o) {
			return o == null ? null
					: new OutcomeView(o.getDecision().name(), o.getResult().name(), o.getNote(), o.getDecidedAt());
		}
	}

	record ConveneForm(Long callId, String kind) {
	}

	record BallotForm(@jakarta.validation.constraints.Size(max = 500) List<@jakarta.validation.constraints.NotNull(message = "{validation.vote.notNull}") BallotLine> votes) {
	}

	record BallotLine(Long proposalId, @jakarta.validation.constraints.Size(max = 20) String choice,
			@jakarta.validation.constraints.Size(max = 2000) String comment) {
	}
}
