package org.trustfund.proposals.web;

import org.trustfund.shared.Money;
import java.math.BigDecimal;
import java.util.List;
import org.trustfund.calls.Call;
import org.trustfund.calls.CallStatus;
import org.trustfund.proposals.Proposal;
import org.trustfund.proposals.Recommendation;

/** The ranked recommendation of a call, for the fund manager and the trustees. */
record RankedView(Long callId, String callTitle, CallStatus callStatus, Money envelope, BigDecimal budget,
		BigDecimal qualityThreshold, int maxScore, List<Line> proposals) {

	record Line(int rank, Long proposalId, String title, Long organisationId, String organisationName, String country,
			Money amountRequested, BigDecimal finalScore, Recommendation recommendation, String note,
			boolean adjusted) {
	}

	/**
	 * @param note the reason, already in the reader's language (see {@link Proposal#getRecommendationReason()})
	 */
	static Line line(Proposal p, String organisationName, String note) {
		return new Line(p.getRankPosition(), p.getId(), p.getTitle(), p.getOrganisationId(), organisationName,
				p.getCountry(), p.getAmountRequested(), p.getFinalScore(), p.getRecommendation(),
				note, p.isRecommendationAdjusted());
	}

	static RankedView of(Call call, BigDecimal budget, List<Line> lines) {
		return new RankedView(call.getId(), call.getTitle(), call.getStatus(), call.getEnvelope(), budget,
				call.qualityThreshold(), call.maxScore(), lines);
	}
}
