package org.trustfund.proposals.web;

import org.trustfund.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import org.trustfund.proposals.Proposal;
import org.trustfund.proposals.ProposalStatus;

/** One line of a call's proposals for the fund manager: where each proposal stands. */
record StageView(Long id, String title, Long organisationId, String country, Money amountRequested,
		ProposalStatus status, Instant submittedAt, BigDecimal finalScore) {

	static StageView of(Proposal p) {
		return new StageView(p.getId(), p.getTitle(), p.getOrganisationId(), p.getCountry(), p.getAmountRequested(),
				p.getStatus(), p.getSubmittedAt(), p.getFinalScore());
	}
}
