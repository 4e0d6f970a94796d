package org.trustfund.proposals.web;

import org.trustfund.shared.Notes;
import java.math.BigDecimal;
import org.trustfund.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.trustfund.calls.AssistanceService;
import org.trustfund.calls.TargetGroup;
import org.trustfund.proposals.BudgetLine;
import org.trustfund.proposals.Proposal;
import org.trustfund.proposals.ProposalAttachment;
import org.trustfund.proposals.ProposalEvent;
import org.trustfund.proposals.ProposalStatus;
import org.trustfund.proposals.Recommendation;

/**
 * A proposal as the API shows it. The NGO sees the decisions and reasons that concern it; scores,
 * rank and recommendation are for the fund's staff ({@code null} otherwise).
 */
record ProposalView(Long id, Long callId, Long organisationId, String title, String country,
		Set<TargetGroup> targetGroups, Set<AssistanceService> services, int victimsPerYear, Money amountRequested,
		int durationMonths, String narrative, String contactName, String contactEmail, List<BudgetLine> budgetLines,
		ProposalStatus status, Instant submittedAt, String decisionReason, String clarificationRequest,
		String clarificationReply, Instant clarificationDue, List<Attachment> attachments, List<History> history,
		BigDecimal finalScore, Integer rank, Recommendation recommendation, String recommendationNote) {

	record Attachment(Long id, String fileName, String contentType, long sizeBytes, String sha256, String href) {
	}

	record History(Instant at, String actor, String action, String note) {
	}

	/**
	 * @param notes shows the notes the system wrote in the reader's language (the request's locale)
	 * @param reason the recommendation's reason in the reader's language, or null (staff only)
	 */
	static ProposalView of(Proposal p, List<ProposalAttachment> attachments, List<ProposalEvent> events,
			boolean staff, Notes notes, String reason) {
		return new ProposalView(p.getId(), p.getCallId(), p.getOrganisationId(), p.getTitle(), p.getCountry(),
				p.getTargetGroups(), p.getServices(), p.getVictimsPerYear(), p.getAmountRequested(),
				p.getDurationMonths(), p.getNarrative(), p.getContactName(), p.getContactEmail(), p.getBudgetLines(),
				p.getStatus(), p.getSubmittedAt(),
				notes.show(p.getDecisionReason(), p.getDecisionReasonKey(), p.getDecisionReasonArgs()),
				p.getClarificationRequest(),
				p.getClarificationReply(), p.getClarificationDue(),
				attachments.stream().map(a -> new Attachment(a.getId(), a.getFile().getFileName(), a.getFile().getContentType(),
						a.getFile().getSizeBytes(), a.getFile().getSha256(), "/proposals/" + p.getId() + "/attachments/" + a.getId()))
					.toList(),
				events.stream().filter(e -> staff || e.isSharedWithNgo())
					.map(e -> new History(e.getAt(), e.getActor(), e.getAction(), notes.show(e))).toList(),
				staff ? p.getFinalScore() : null, staff ? p.getRankPosition() : null,
				staff ? p.getRecommendation() : null, staff ? reason : null);
	}
}
