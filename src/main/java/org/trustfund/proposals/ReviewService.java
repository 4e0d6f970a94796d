package org.trustfund.proposals;

import org.trustfund.shared.Note;
import org.springframework.modulith.NamedInterface;
import org.trustfund.notifications.Text;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.Comparator;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trustfund.calls.CallService;
import org.trustfund.users.Role;
import org.trustfund.users.UserAccount;
import org.trustfund.users.UserService;
import org.trustfund.shared.NotFoundException;
import org.trustfund.shared.ValidationException;

/**
 * Technical review: assigns reviewers (the least loaded first, never one who already has or refused
 * this proposal), records conflicts and scores, and settles the final score.
 */
@Service
@NamedInterface("api")
public class ReviewService {

	private final Reviews reviews;
	private final ProposalService proposals;
	private final CallService calls;
	private final UserService users;
	private final ReviewSettings settings;
	private final ProposalHistory history;
	private final Clock clock;

	ReviewService(Reviews reviews, ProposalService proposals, CallService calls, UserService users,
			ReviewSettings settings, ProposalHistory history, Clock clock) {
		this.reviews = reviews;
		this.proposals = proposals;
		this.calls = calls;
		this.users = users;
		this.settings = settings;
		this.history = history;
		this.clock = clock;
	}

	/** @return the reviewer now assigned, or empty when every reviewer is taken or conflicted */
	@Transactional
	public Optional<String> assignReviewer(long proposalId) {
		Proposal p = proposals.get(proposalId);
		Set<String> excluded = reviews.findByProposalIdOrderById(proposalId).stream().map(Review::getReviewer)
			.collect(Collectors.toSet());
		Map<String, Long> load = reviews.openReviewsPerReviewer().stream()
			.collect(Collectors.toMap(r -> (String) r[0], r -> (Long) r[1]));
		Optional<String> chosen = users.withRole(Role.REVIEWER).stream().map(UserAccount::getUsername)
			.filter(u -> !excluded.contains(u))
			.min(Comparator.<String>comparingLong(u -> load.getOrDefault(u, 0L)).thenComparing(u -> u));
		chosen.ifPresent(reviewer -> {
			reviews.save(new Review(proposalId, reviewer, clock.instant()));
			history.internal(p, "system", "REVIEWER_ASSIGNED", reviewer);
			history.tellUser(reviewer, p, "notice.proposal.toReview", Text.of("notice.proposal.toReview.body"));
		});
		return chosen;
	}

	@Transactional
	public void declareConflict(long proposalId, String reviewer, String note) {
		openReview(proposalId, reviewer).declareConflict(note);
		history.internal(proposals.get(proposalId), reviewer, "CONFLICT_DECLARED", note);
	}

	@Transactional
	public void submitScores(long proposalId, String reviewer, List<CriterionScore> scores, String comments) {
		Proposal p = proposals.get(proposalId);
		int criteria = calls.get(p.getCallId()).getCriteria().size();
		if (scores.size() != criteria) {
			throw ValidationException.keyed("scores", "error.review.scoreEach", "Score each of the " + criteria + " criteria",
					String.valueOf(criteria));
		}
		openReview(proposalId, reviewer).submit(scores, comments, clock.instant());
		history.internal(p, reviewer, "REVIEW_SUBMITTED", null);
	}

	/**
	 * Compares the reviewers' totals: within the margin the final score is their average; beyond it the
	 * fund manager moderates.
	 * @return whether moderation is needed
	 */
	@Transactional
	public boolean settle(long proposalId) {
		Proposal p = proposals.get(proposalId);
		IntSummaryStatistics totals = submitted(proposalId).stream().mapToInt(Review::getTotal).summaryStatistics();
		if (totals.getCount() > 1 && totals.getMax() - totals.getMin() > settings.getModerationMargin()) {
			p.needsModeration();
			history.internalNote(p, "system", "MODERATION_NEEDED",
					Note.of("note.proposal.moderationNeeded", totals.getMin(), totals.getMax()));
			history.tellFundManagers(p, "notice.proposal.disagree",
					Text.of("notice.proposal.disagree.body", settings.getModerationMargin()));
			return true;
		}
		finish(p, BigDecimal.valueOf(totals.getAverage()).setScale(2, RoundingMode.HALF_UP), null, "system");
		return false;
	}

	@Transactional
	public void moderate(long proposalId, String actor, BigDecimal score, String note) {
		Proposal p = proposals.get(proposalId);
		int max = calls.get(p.getCallId()).maxScore();
		if (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(max)) > 0) {
			throw ValidationException.keyed("finalScore", "error.review.finalScoreRange", "The final score runs from 0 to " + max,
					String.valueOf(max));
		}
		history.internal(p, actor, "MODERATED", note);
		finish(p, score.setScale(2, RoundingMode.HALF_UP), note, actor);
	}

	private void finish(Proposal p, BigDecimal score, String note, String actor) {
		p.settle(score, note);
		history.shared(p, actor, "REVIEWED", null);
		history.tellNgo(p, "notice.proposal.reviewed", Text.of("notice.proposal.reviewed.body"));
	}

	@Transactional(readOnly = true)
	public List<Review> of(long proposalId) {
		return reviews.findByProposalIdOrderById(proposalId);
	}

	@Transactional(readOnly = true)
	public List<Review> submitted(long proposalId) {
		return of(proposalId).stream().filter(r -> r.getStatus() == ReviewStatus.SUBMITTED).toList();
	}

	/** The proposals a reviewer has, or had, to review (conflicted ones excluded). */
	@Transactional(readOnly = true)
	public List<Long> proposalIdsOf(String reviewer) {
		return reviews.findByReviewerAndStatusIn(reviewer, List.of(ReviewStatus.ASSIGNED, ReviewStatus.SUBMITTED))
			.stream().map(Review::getProposalId).toList();
	}

	private Review openReview(long proposalId, String reviewer) {
		return reviews.findByProposalIdAndReviewerAndStatus(proposalId, reviewer, ReviewStatus.ASSIGNED)
			.orElseThrow(() -> NotFoundException.keyed("notFound.review", "No open review of proposal " + proposalId + " by " + reviewer, String.valueOf(proposalId), reviewer));
	}
}
