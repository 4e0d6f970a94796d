package org.trustfund.proposals;

import org.springframework.modulith.NamedInterface;
import org.trustfund.shared.Money;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trustfund.calls.AvailableFunds;
import org.trustfund.calls.Call;
import org.trustfund.calls.CallService;
import org.trustfund.calls.CallStatus;
import org.trustfund.shared.ValidationException;
import org.trustfund.notifications.NoticeTexts;
import java.util.Locale;

/** The ranked recommendation of a call's reviewed proposals, and the fund manager's adjustments. */
@Service
@NamedInterface("api")
public class RecommendationService {

	private static final EnumSet<ProposalStatus> UNDER_REVIEW = EnumSet.of(ProposalStatus.SUBMITTED,
			ProposalStatus.SCREENING, ProposalStatus.CLARIFICATION_REQUESTED, ProposalStatus.IN_REVIEW,
			ProposalStatus.MODERATION);

	private final Proposals proposals;
	private final CallService calls;
	private final AvailableFunds funds;
	private final FundedCountries fundedCountries;
	private final ProposalHistory history;
	private final NoticeTexts texts;

	RecommendationService(Proposals proposals, CallService calls, AvailableFunds funds,
			FundedCountries fundedCountries, ProposalHistory history, NoticeTexts texts) {
		this.texts = texts;
		this.proposals = proposals;
		this.calls = calls;
		this.funds = funds;
		this.fundedCountries = fundedCountries;
		this.history = history;
	}

	/** Whether every submitted proposal of the call has finished its review. */
	@Transactional(readOnly = true)
	public boolean allReviewed(long callId) {
		return proposals.countByCallIdAndStatusIn(callId, UNDER_REVIEW) == 0;
	}

	/**
	 * The money the recommendation may commit: the call's envelope, capped by the balance available for new
	 * grants (from the fund ledger's {@link AvailableFunds}).
	 */
	@Transactional(readOnly = true)
	public BigDecimal budget(long callId) {
		return calls.get(callId).getEnvelope().amount().min(funds.availableForNewGrants());
	}

	/** Ranks the call's reviewed proposals and records a recommendation on each. */
	@Transactional
	public void rank(long callId) {
		Call call = calls.get(callId);
		calls.startRecommendation(callId);
		List<Proposal> reviewed = proposals.findByCallIdAndStatus(callId, ProposalStatus.REVIEWED);
		List<Ranking.Candidate> candidates = reviewed.stream().map(p -> new Ranking.Candidate(p.getId(),
				p.getFinalScore(), p.getTargetGroups(), p.getCountry(), p.getAmountRequested().amount(), p.getSubmittedAt()))
			.toList();
		Ranking.rank(candidates, call.getPriorityTargetGroups(), fundedCountries.countriesWithFundedProjects(),
				call.qualityThreshold(), budget(callId)).forEach(r -> {
					Proposal p = proposals.getReferenceById(r.candidate().proposalId());
					String english = texts.render(r.reason(), Locale.ENGLISH);
					p.recommend(r.rank(), r.recommendation(), r.reason(), english);
					history.internalNote(p, "system", "RECOMMENDED", r.note());
				});
	}

	/** The fund manager changes one recommendation, with a reason that is kept. Never funds beyond the budget. */
	@Transactional
	public Proposal adjust(long callId, long proposalId, Recommendation recommendation, String reason,
			String actor) {
		Call call = calls.get(callId);
		if (call.getStatus() != CallStatus.RECOMMENDATION) {
			throw ValidationException.keyed("recommendation", "error.recommendation.notNow",
					"The recommendation can be changed only while the fund manager prepares it");
		}
		if (reason == null || reason.isBlank()) {
			throw ValidationException.keyed("reason", "error.recommendation.reason", "Give the reason for the change");
		}
		Proposal p = proposals.findById(proposalId).filter(x -> x.getCallId() == callId)
			.orElseThrow(() -> org.trustfund.shared.NotFoundException.keyed("notFound.proposalInCall", "No proposal "
				+ proposalId + " in this call", String.valueOf(proposalId)));
		if (recommendation == Recommendation.FUND && p.getRecommendation() != Recommendation.FUND) {
			BigDecimal funded = ranked(callId).stream().filter(x -> x.getRecommendation() == Recommendation.FUND)
				.map(x -> x.getAmountRequested().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
			BigDecimal budget = budget(callId);
			BigDecimal total = funded.add(p.getAmountRequested().amount());
			if (total.compareTo(budget) > 0) {
				throw ValidationException.keyed("recommendation", "error.recommendation.overBudget",
						"Funding this proposal too would commit " + Money.CURRENCY + " " + total.toPlainString()
								+ ", beyond the " + Money.CURRENCY + " " + budget.toPlainString() + " available",
						Money.CURRENCY + " " + total.toPlainString(), Money.CURRENCY + " " + budget.toPlainString());
			}
		}
		p.adjustRecommendation(recommendation, reason.strip());
		history.internal(p, actor, "RECOMMENDATION_CHANGED", recommendation + ": " + reason.strip());
		return p;
	}

	@Transactional(readOnly = true)
	public List<Proposal> ranked(long callId) {
		return proposals.findByCallIdAndStatus(callId, ProposalStatus.REVIEWED).stream()
			.filter(p -> p.getRankPosition() != null).sorted(Comparator.comparing(Proposal::getRankPosition)).toList();
	}
}
