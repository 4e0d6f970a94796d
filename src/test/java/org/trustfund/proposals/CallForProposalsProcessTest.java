package org.trustfund.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.trustfund.calls.CallProcess.*;

import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.trustfund.IntegrationTest;
import org.trustfund.calls.Call;
import org.trustfund.calls.CallService;
import org.trustfund.calls.CallStatus;
import org.trustfund.users.Role;

/** bpmn/call-for-proposals.bpmn: deadline timer, waiting for every review (message and re-check timer), hand-over. */
@IntegrationTest
class CallForProposalsProcessTest {

	@Autowired ProcessEngine engine;
	@Autowired RuntimeService runtime;
	@Autowired ManagementService management;
	@Autowired Fixtures fixtures;
	@Autowired ReviewSteps steps;
	@Autowired CallService calls;
	@Autowired ProposalService proposals;

	Call call;
	ProcessInstance pi;
	String fundManager;

	@BeforeEach
	void setUp() {
		AbstractAssertions.init(engine);
		call = fixtures.openCall();
		pi = runtime.createProcessInstanceQuery().processDefinitionKey(KEY)
			.processInstanceBusinessKey(call.getId().toString()).singleResult();
		fundManager = fixtures.user(Role.FUND_MANAGER);
	}

	private Job deadlineTimer() {
		return management.createJobQuery().processInstanceId(pi.getId()).activityId(SUBMISSION_DEADLINE)
			.singleResult();
	}

	@Test
	void aPublishedCallWaitsForItsDeadlineTimer() {
		assertThat(pi).isWaitingAt(SUBMISSION_DEADLINE);
		assertThat(deadlineTimer().getDuedate().toInstant()).isEqualTo(call.getDeadlineAt());
		assertThat(calls.get(call.getId()).getStatus()).isEqualTo(CallStatus.OPEN);
	}

	@Test
	void aCallWithoutProposalsGoesStraightToTheRecommendationAndThenToTheBoard() {
		management.executeJob(deadlineTimer().getId());

		assertThat(pi).hasPassed(CLOSE_SUBMISSIONS, CHECK_REVIEWS, RANK_PROPOSALS)
			.isWaitingAt(PREPARE_RECOMMENDATION_TASK).task().hasCandidateGroup("fundmanager");
		assertThat(calls.get(call.getId()).getStatus()).isEqualTo(CallStatus.RECOMMENDATION);

		steps.complete(steps.one(pi.getId(), PREPARE_RECOMMENDATION_TASK), fundManager, Map.of());

		assertThat(pi).isEnded().hasPassed(HAND_TO_BOARD, HANDED_TO_BOARD);
		assertThat(calls.get(call.getId()).getStatus()).isEqualTo(CallStatus.READY_FOR_BOARD);
	}

	@Test
	void aClosedCallWaitsUntilEveryProposalHasFinishedItsReview() {
		Fixtures.Ngo ngo = fixtures.verifiedNgo("TH");
		ProcessInstance review = fixtures.reviewOf(fixtures.submitted(call.getId(), ngo).getId());

		management.executeJob(deadlineTimer().getId());
		assertThat(pi).hasPassed(CLOSE_SUBMISSIONS, CHECK_REVIEWS).isWaitingAt(AWAIT_REVIEWS);
		assertThat(calls.get(call.getId()).getStatus()).isEqualTo(CallStatus.CLOSED);

		steps.screen(review.getId(), fundManager, "reject", "Not direct assistance");
		steps.runJobs(review.getId());

		assertThat(pi).hasPassed(PROPOSAL_REVIEWED_EVENT, RANK_PROPOSALS).isWaitingAt(PREPARE_RECOMMENDATION_TASK);
	}

	@Test
	void theRecheckTimerCountsAgainWhenNoMessageCame() {
		Fixtures.Ngo ngo = fixtures.verifiedNgo("TH");
		ProcessInstance review = fixtures.reviewOf(fixtures.submitted(call.getId(), ngo).getId());
		management.executeJob(deadlineTimer().getId());

		steps.fireTimer(pi.getId(), RECHECK_DUE);
		assertThat(pi).hasPassed(RECHECK_DUE).isWaitingAt(AWAIT_REVIEWS);

		steps.screen(review.getId(), fundManager, "reject", "Not direct assistance");
		steps.fireTimer(pi.getId(), RECHECK_DUE);

		assertThat(pi).hasPassed(RANK_PROPOSALS).isWaitingAt(PREPARE_RECOMMENDATION_TASK);
		steps.runJobs(review.getId());
		assertThat(review).isEnded();
	}

	@Test
	void reviewsFinishedBeforeTheDeadlineAreCountedWhenTheCallCloses() {
		Fixtures.Ngo ngo = fixtures.verifiedNgo("TH");
		ProcessInstance review = fixtures.reviewOf(fixtures.submitted(call.getId(), ngo).getId());
		steps.screen(review.getId(), fundManager, "reject", "Not direct assistance");
		steps.runJobs(review.getId());
		assertThat(review).isEnded();

		management.executeJob(deadlineTimer().getId());

		assertThat(pi).isWaitingAt(PREPARE_RECOMMENDATION_TASK);
	}
}
