package org.trustfund.proposals.web;

import org.springframework.stereotype.Component;
import org.trustfund.calls.Call;
import org.trustfund.calls.CallService;
import org.trustfund.organisations.OrganisationService;
import org.trustfund.proposals.Recommendation;
import org.trustfund.proposals.RecommendationService;

/** Builds the ranked recommendation's view for the API and the page. */
@Component
class RankedViews {

	private final CallService calls;
	private final RecommendationService recommendations;
	private final OrganisationService organisations;

	RankedViews(CallService calls, RecommendationService recommendations, OrganisationService organisations) {
		this.calls = calls;
		this.recommendations = recommendations;
		this.organisations = organisations;
	}

	RankedView of(long callId) {
		Call call = calls.get(callId);
		return RankedView.of(call, recommendations.budget(callId), recommendations.ranked(callId).stream()
			.map(p -> RankedView.line(p, organisations.get(p.getOrganisationId()).getName())).toList());
	}

	void adjust(long callId, long proposalId, Recommendation recommendation, String reason, String actor) {
		recommendations.adjust(callId, proposalId, recommendation, reason, actor);
	}
}
