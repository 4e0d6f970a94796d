package org.trustfund.proposals;

import org.trustfund.shared.Note;
import org.springframework.modulith.NamedInterface;
import org.trustfund.notifications.Text;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trustfund.calls.Call;
import org.trustfund.calls.CallService;
import org.trustfund.organisations.OrganisationService;

/**
 * The first steps of a proposal's review: the eligibility table, then the fund manager's screening
 * with its clarification requests. Called by the proposal-review process's delegates.
 */
@Service
@NamedInterface("api")
public class ScreeningService {

	private final ProposalService proposals;
	private final CallService calls;
	private final OrganisationService organisations;
	private final DecisionService decisions;
	private final ProposalHistory history;

	ScreeningService(ProposalService proposals, CallService calls, OrganisationService organisations,
			DecisionService decisions, ProposalHistory history) {
		this.proposals = proposals;
		this.calls = calls;
		this.organisations = organisations;
		this.decisions = decisions;
		this.history = history;
	}

	/**
	 * Runs {@code proposal-eligibility.dmn} on the proposal. An eligible proposal goes to screening; an
	 * ineligible one keeps the table's reasons.
	 * @return whether the proposal is eligible
	 */
	@Transactional
	public boolean checkEligibility(long id) {
		Proposal p = proposals.get(id);
		List<Map<String, Object>> rows = decisions.evaluateDecisionTableByKey(ReviewProcess.ELIGIBILITY_DECISION,
				facts(p, calls.get(p.getCallId()))).getResultList();
		if (rows.isEmpty()) {
			p.toScreening();
			history.shared(p, "system", "ELIGIBLE", null);
			return true;
		}
		String english = String.join("\n", rows.stream().map(r -> String.valueOf(r.get("reason"))).toList());
		Note reasons = ineligibility(rows);
		if (reasons == null) {
			p.markIneligible(english);
			history.shared(p, "system", "INELIGIBLE", english);
		}
		else {
			p.markIneligible(reasons, english);
			history.sharedNote(p, "system", "INELIGIBLE", reasons);
		}
		return false;
	}

	/** The most reasons the eligibility table gives at once: one per rule ({@code note.ineligible.1} to {@code .7}). */
	static final int MOST_REASONS = 7;

	/**
	 * @param rows the eligibility table's matched rows, each with its {@code reason} (English) and
	 *        {@code reasonCode} (a rule's code, whose words are {@code eligibility.reason.<code>} in both bundles)
	 * @return the reasons as a note read in each reader's language, or {@code null} when a row has no code (a rule
	 *         a fund manager added to the table without one: its English reason is shown as written)
	 */
	static Note ineligibility(List<Map<String, Object>> rows) {
		if (rows.size() > MOST_REASONS || rows.stream().anyMatch(r -> !(r.get("reasonCode") instanceof String code)
				|| code.isBlank())) {
			return null;
		}
		return Note.of("note.ineligible." + rows.size(),
				rows.stream().map(r -> Note.word("eligibility.reason." + r.get("reasonCode"))).toArray());
	}

	/** The inputs of the eligibility table: what a fund manager reads in its columns. */
	Map<String, Object> facts(Proposal p, Call call) {
		Map<String, Object> facts = new HashMap<>();
		facts.put("deadlinePassed", call.deadlinePassed(p.getSubmittedAt()));
		facts.put("amountRequested", p.getAmountRequested().amount());
		facts.put("ceilingPerGrant", call.getCeilingPerGrant().amount());
		facts.put("durationMonths", p.getDurationMonths());
		facts.put("maxDurationMonths", call.getMaxDurationMonths());
		facts.put("countryEligible", call.isCountryEligible(p.getCountry()));
		facts.put("organisationVerified", organisations.get(p.getOrganisationId()).isVerified());
		facts.put("targetGroupMatch", p.getTargetGroups().stream().anyMatch(call.getPriorityTargetGroups()::contains));
		facts.put("servicesMatch", call.getServices().containsAll(p.getServices()));
		return facts;
	}

	@Transactional
	public void tellIneligible(long id) {
		Proposal p = proposals.get(id);
		history.tellNgo(p, "notice.proposal.ineligible", Text.of("notice.proposal.ineligible.body", p.getDecisionReason()));
	}

	@Transactional
	public void reject(long id, String actor, String reason) {
		Proposal p = proposals.get(id);
		p.reject(reason);
		history.shared(p, actor, "REJECTED", reason);
		history.tellNgo(p, "notice.proposal.rejected", Text.of("notice.proposal.rejected.body", reason));
	}

	@Transactional
	public void requestClarification(long id, String actor, String question, Date due) {
		Proposal p = proposals.get(id);
		p.requestClarification(question, due.toInstant());
		history.shared(p, actor, "CLARIFICATION_REQUESTED", question);
		history.tellNgo(p, "notice.proposal.question", Text.of("notice.proposal.question.body", question, due.toInstant()));
	}

	@Transactional
	public void recordAnswer(long id, String actor, String reply) {
		Proposal p = proposals.get(id);
		p.answerClarification(reply);
		history.shared(p, actor, "CLARIFICATION_ANSWERED", reply);
		history.tellFundManagers(p, "notice.proposal.answered", Text.of("notice.data", reply));
	}

	@Transactional
	public void remind(long id) {
		Proposal p = proposals.get(id);
		history.shared(p, "system", "REMINDER_SENT", null);
		history.tellNgo(p, "notice.proposal.reminder", Text.of("notice.proposal.reminder.body", p.getClarificationRequest()));
	}

	@Transactional
	public void clarificationOverdue(long id) {
		Proposal p = proposals.get(id);
		p.clarificationOverdue();
		history.sharedNote(p, "system", "CLARIFICATION_OVERDUE", Note.of("note.proposal.noAnswer"));
		history.tellFundManagers(p, "notice.proposal.noAnswer", Text.of("notice.proposal.noAnswer.body"));
	}

	@Transactional
	public void accept(long id, String actor) {
		Proposal p = proposals.get(id);
		p.startReview();
		history.shared(p, actor, "ACCEPTED_FOR_REVIEW", null);
	}
}
