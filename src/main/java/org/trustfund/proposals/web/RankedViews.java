package org.trustfund.proposals.web;

import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.trustfund.notifications.NoticeTexts;
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
	private final NoticeTexts texts;

	RankedViews(CallService calls, RecommendationService recommendations, OrganisationService organisations,
			NoticeTexts texts) {
		this.texts = texts;
		this.calls = calls;
		this.recommendations = recommendations;
		this.organisations = organisations;
	}

	/** The call's ranked recommendation, its reasons in the request's language (page or API). */
	RankedView of(long callId) {
		Call call = calls.get(callId);
		Locale reader = LocaleContextHolder.getLocale();
		return RankedView.of(call, recommendations.budget(callId), recommendations.ranked(callId).stream()
			.map(p -> RankedView.line(p, organisations.get(p.getOrganisationId()).getName(),
					p.getRecommendationReason() == null ? null : texts.render(p.getRecommendationReason(), reader)))
			.toList());
	}

	void adjust(long callId, long proposalId, Recommendation recommendation, String reason, String actor) {
		recommendations.adjust(callId, proposalId, recommendation, reason, actor);
	}
}
