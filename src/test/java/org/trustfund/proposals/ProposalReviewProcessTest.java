package org.trustfund.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.trustfund.proposals.ReviewProcess.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.trustfund.IntegrationTest;
import org.trustfund.calls.Call;
import org.trustfund.notifications.Notifications;
import org.trustfund.users.Role;

/** bpmn/proposal-review.bpmn, every path: eligibility, screening, clarification and its timers, review, moderation. */
@IntegrationTest
class ProposalReviewProcessTest {

	@Autowired ProcessEngine engine;
	@Autowired Fixtures fixtures;
	@Autowired ReviewSteps steps;
	@Autowired ProposalService proposals;
	@Autowired ReviewService reviews;
	@Autowired ReviewSettings settings;
	@Autowired TaskService tasks;
	@Autowired Notifications notifications;

	/** The variable the task forms used to set for "who acted"; an attacker may still set it. */
	private static final String ACTOR_VARIABLE = "actor";

	Call call;
	Fixtures.Ngo ngo;
	String fundManager;

	@BeforeEach
	void setUp() {
		AbstractAssertions.init(engine);
		call = fixtures.openCall();
		ngo = fixtures.verifiedNgo("TH");
		fundManager = fixtures.user(Role.FUND_MANAGER);
		fixtures.user(Role.REVIEWER);
		fixtures.user(Role.REVIEWER);
		fixtures.user(Role.REVIEWER);
	}

	private ProcessInstance submit(ProposalForm form) {
		Proposal draft = proposals.draft(call.getId(), ngo.organisationId(), form, ngo.username());
		Fixtures.attachWorkPlan(proposals, draft.getId(), ngo.username());
		Proposal p = proposals.submit(draft.getId(), ngo.username());
		return fixtures.reviewOf(p.getId());
	}

	private ProcessInstance submitted() {
		return submit(Fixtures.proposalForm("TH", "50000.00"));
	}

	private Proposal proposal(ProcessInstance pi) {
		return proposals.get(Long.parseLong(pi.getBusinessKey()));
	}

	private List<String> subjects(String username) {
		return notifications.findByRecipientOrderByIdAsc(username).stream().map(n -> n.getSubject()).toList();
	}

	@Test
	void ineligibleProposalEndsWithTheReasonsSentToTheNgo() {
		ProcessInstance pi = submit(Fixtures.proposalForm("FR", "50000.00"));

		assertThat(pi).hasPassed(CHECK_ELIGIBILITY, TELL_INELIGIBLE).isWaitingAt(PROPOSAL_INELIGIBLE);
		steps.runJobs(pi.getId());

		assertThat(pi).isEnded().hasPassed(PROPOSAL_INELIGIBLE).hasNotPassed(SCREEN_TASK);
		assertThat(proposal(pi).getStatus()).isEqualTo(ProposalStatus.INELIGIBLE);
		assertThat(proposal(pi).getDecisionReason()).contains("country is not eligible");
		assertThat(subjects(ngo.username())).anyMatch(s -> s.startsWith("Your proposal is not eligible"));
	}

	@Test
	void eligibleProposalWaitsForTheFundManagersScreening() {
		ProcessInstance pi = submitted();

		assertThat(pi).isWaitingAt(SCREEN_TASK).task().hasCandidateGroup("fundmanager");
		assertThat(proposal(pi).getStatus()).isEqualTo(ProposalStatus.SCREENING);
		assertThat(subjects(ngo.username())).anyMatch(s -> s.startsWith("We received your proposal"));
	}

	/** Issue #10: who rejected, why, and which proposal come from the task list's record, not from variables. */
	@Test
	void screeningIgnoresForgedActorNoteAndProposalVariables() {
		ProcessInstance pi = submitted();
		ProcessInstance bystander = submitted();
		engine.getRuntimeService().setVariables(pi.getId(), Map.of(ACTOR_VARIABLE, "trustee3", NOTE, " ",
				PROPOSAL_ID, Long.parseLong(bystander.getBusinessKey())));

		steps.complete(steps.one(pi.getId(), SCREEN_TASK), fundManager, Map.of(DECISION, REJECT, NOTE,
				"Outside the fund's mandate", ACTOR_VARIABLE, "trustee3", PROPOSAL_ID, bystander.getBusinessKey()));

		assertThat(pi).hasPassed(REJECT_PROPOSAL);
		assertThat(proposal(pi).getStatus()).isEqualTo(ProposalStatus.REJECTED);
		assertThat(proposal(pi).getDecisionReason()).isEqualTo("Outside the fund's mandate");
		assertThat(proposals.history(proposal(pi).getId())).filteredOn(e -> e.getAction().equals("REJECTED"))
			.singleElement().satisfies(e -> {
				assertThat(e.getActor()).isEqualTo(fundManager);
				assertThat(e.getNote()).isEqualTo("Outside the fund's mandate");
			});
		assertThat(proposal(bystander).getStatus()).isEqualTo(ProposalStatus.SCREENING);
		assertThat(bystander).isWaitingAt(SCREEN_TASK);
	}

	/** A task completed around the task list (an engine API) has no recorded completion: the step is refused. */
	@Test
	void screeningCompletedOutsideTheTaskListChangesNothing() {
		ProcessInstance pi = submitted();
		String taskId = steps.one(pi.getId(), SCREEN_TASK).getId();

		org.assertj.core.api.Assertions.assertThatThrownBy(() -> tasks.complete(taskId, Map.of(DECISION, REJECT, NOTE,
				" ", ACTOR_VARIABLE, "trustee3"))).isInstanceOf(RuntimeException.class);

		assertThat(pi).isWaitingAt(SCREEN_TASK);
		assertThat(proposal(pi).getStatus()).isEqualTo(ProposalStatus.SCREENING);
		assertThat(proposals.history(proposal(pi).getId())).noneMatch(e -> e.getAction().equals("REJECTED"));
	}

	@Test
	void rejectionAtScreeningEndsWithTheReasonSentToTheNgo() {
		ProcessInstance pi = submitted();

		steps.screen(pi.getId(), fundManager, REJECT, "Outside the fund's mandate");
		steps.runJobs(pi.getId());

		assertThat(pi).isEnded().hasPassed(REJECT_PROPOSAL, PROPOSAL_REJECTED);
		assertThat(proposal(pi).getStatus()).isEqualTo(ProposalStatus.REJECTED);
		assertThat(proposal(pi).getDecisionReason()).isEqualTo("Outside the fund's mandate");
		assertThat(subjects(ngo.username())).anyMatch(s -> s.startsWith("Your proposal was not accepted"));
	}

	@Test
	void clarificationAnsweredByTheNgoReturnsToScreening() {
		ProcessInstance pi = submitted();

		steps.screen(pi.getId(), fundManager, CLARIFY, "How many beds does the shelter have?");
		assertThat(pi).isWaitingAt(ANSWER_TASK).task().hasCandidateGroup("org" + ngo.organisationId());
		assertThat(steps.one(pi.getId(), ANSWER_TASK).getDueDate()).isNotNull();
		assertThat(proposal(pi).getStatus()).isEqualTo(ProposalStatus.CLARIFICATION_REQUESTED);
		assertThat(subjects(ngo.username())).anyMatch(s -> s.startsWith("The secretariat has a question"));

		steps.complete(steps.one(pi.getId(), ANSWER_TASK), ngo.username(), Map.of("note", "Twenty beds"));

		assertThat(pi).hasPassed("recordClarification").isWaitingAt(SCREEN_TASK);
		assertThat(proposal(pi).getClarificationReply()).isEqualTo("Twenty beds");
		assertThat(proposal(pi).getStatus()).isEqualTo(ProposalStatus.SCREENING);
	}

	@Test
	void reminderTimerRemindsTheNgoAndLeavesTheQuestionOpen() {
		ProcessInstance pi = submitted();
		steps.screen(pi.getId(), fundManager, CLARIFY, "Send your budget notes");

		steps.fireTimer(pi.getId(), REMINDER_DUE);

		assertThat(pi).hasPassed("remindClarification").isWaitingAt(ANSWER_TASK);
		assertThat(subjects(ngo.username())).anyMatch(s -> s.startsWith("Reminder: the secretariat is waiting"));
	}

	@Test
	void replyDeadlineEscalatesTheProposalBackToTheFundManager() {
		ProcessInstance pi = submitted();
		steps.screen(pi.getId(), fundManager, CLARIFY, "Send your budget notes");

		steps.fireTimer(pi.getId(), REPLY_DEADLINE_PASSED);

		assertThat(pi).hasPassed(REPLY_DEADLINE_PASSED, "returnClarification").isWaitingAt(SCREEN_TASK);
		assertThat(proposal(pi).getStatus()).isEqualTo(ProposalStatus.SCREENING);
		assertThat(subjects(fundManager)).anyMatch(s -> s.startsWith("No answer in time"));
	}

	@Test
	void twoReviewersWhoseTotalsAgreeGiveTheAverageAsFinalScore() {
		ProcessInstance pi = submitted();
		steps.screen(pi.getId(), fundManager, ACCEPT, "");

		List<Task> declarations = steps.open(pi.getId(), DECLARE_CONFLICT_TASK);
		assertThat(declarations).hasSize(2);
		assertThat(declarations.get(0).getAssignee()).isNotEqualTo(declarations.get(1).getAssignee());
		declarations.forEach(t -> assertThat(subjects(t.getAssignee())).anyMatch(s -> s.startsWith("A proposal to review")));
		declarations.forEach(t -> steps.declare(t, false, ""));
		List<Task> scoring = steps.open(pi.getId(), SCORE_TASK);
		steps.score(scoring.get(0), 4, 4, 3);
		assertThat(pi).isNotEnded();
		steps.score(scoring.get(1), 5, 4, 4);
		steps.runJobs(pi.getId());

		assertThat(pi).isEnded().hasPassed(SETTLE_SCORES, PROPOSAL_REVIEWED).hasNotPassed(MODERATE_TASK);
		assertThat(proposal(pi).getStatus()).isEqualTo(ProposalStatus.REVIEWED);
		assertThat(proposal(pi).getFinalScore()).isEqualByComparingTo("12.00");
		assertThat(reviews.submitted(proposal(pi).getId())).extracting(Review::getTotal).containsExactly(11, 13);
	}

	@Test
	void totalsApartBeyondTheMarginGoToTheFundManagersModeration() {
		ProcessInstance pi = submitted();
		steps.screen(pi.getId(), fundManager, ACCEPT, "");
		steps.open(pi.getId(), DECLARE_CONFLICT_TASK).forEach(t -> steps.declare(t, false, ""));
		List<Task> scoring = steps.open(pi.getId(), SCORE_TASK);
		steps.score(scoring.get(0), 1, 1, 1);
		steps.score(scoring.get(1), 5, 5, 5);

		assertThat(pi).isWaitingAt(MODERATE_TASK).task().hasCandidateGroup("fundmanager");
		assertThat(proposal(pi).getStatus()).isEqualTo(ProposalStatus.MODERATION);
		steps.complete(steps.one(pi.getId(), MODERATE_TASK), fundManager,
				Map.of("finalScore", "10.5", "note", "The second review is better argued"));
		steps.runJobs(pi.getId());

		assertThat(pi).isEnded().hasPassed("recordModeration", PROPOSAL_REVIEWED);
		assertThat(proposal(pi).getFinalScore()).isEqualByComparingTo("10.50");
		assertThat(proposal(pi).getModerationNote()).isEqualTo("The second review is better argued");
	}

	@Test
	void aReviewerWhoDeclaresAConflictIsReplacedByAnother() {
		ProcessInstance pi = submitted();
		steps.screen(pi.getId(), fundManager, ACCEPT, "");
		Task first = steps.open(pi.getId(), DECLARE_CONFLICT_TASK).get(0);

		steps.declare(first, true, "I advised this NGO last year");

		assertThat(pi).hasPassed("recordConflict");
		List<Task> declarations = steps.open(pi.getId(), DECLARE_CONFLICT_TASK);
		assertThat(declarations).hasSize(2).extracting(Task::getAssignee).doesNotContain(first.getAssignee());
		assertThat(reviews.of(proposal(pi).getId())).anyMatch(r -> r.getReviewer().equals(first.getAssignee())
				&& r.getStatus() == ReviewStatus.CONFLICTED && r.getConflictNote().equals("I advised this NGO last year"));
	}

	@Test
	void whenEveryReviewerIsConflictedTheFundManagerFindsAnother() {
		ProcessInstance pi = submitted();
		steps.screen(pi.getId(), fundManager, ACCEPT, "");
		List<Task> declarations;
		while (!(declarations = steps.open(pi.getId(), DECLARE_CONFLICT_TASK)).isEmpty()) {
			steps.declare(declarations.get(0), true, "Conflict");
		}
		assertThat(steps.open(pi.getId(), FIND_REVIEWER_TASK)).hasSize(2);

		String newcomer = fixtures.user(Role.REVIEWER);
		steps.complete(steps.open(pi.getId(), FIND_REVIEWER_TASK).get(0), fundManager, Map.of());

		assertThat(steps.one(pi.getId(), DECLARE_CONFLICT_TASK).getAssignee()).isEqualTo(newcomer);
		assertThat(steps.open(pi.getId(), FIND_REVIEWER_TASK)).hasSize(1);
	}

	@Test
	void theNumberOfReviewersIsConfigurable() {
		settings.setReviewersPerProposal(3);
		try {
			ProcessInstance pi = submitted();
			steps.screen(pi.getId(), fundManager, ACCEPT, "");
			assertThat(steps.open(pi.getId(), DECLARE_CONFLICT_TASK)).hasSize(3);
		}
		finally {
			settings.setReviewersPerProposal(2);
		}
	}
}
