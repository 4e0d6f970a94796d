package org.trustfund.board.session;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.trustfund.IntegrationTest;
import org.trustfund.board.BoardSessionProcess;
import org.trustfund.board.ProposalAwarded;
import org.trustfund.board.ProposalReserved;
import org.trustfund.notifications.NotificationService;
import org.trustfund.proposals.Fixtures;
import org.trustfund.proposals.ProposalService;
import org.trustfund.proposals.ProposalStatus;
import org.trustfund.proposals.Recommendation;
import org.trustfund.proposals.ReviewSteps;
import org.trustfund.tasks.TaskListService;
import org.trustfund.tasks.TaskView;
import org.trustfund.users.Role;

/** Walks every path of bpmn/board-session.bpmn, through the trustees' and the chair's task forms. */
@IntegrationTest
@RecordApplicationEvents
class BoardSessionProcessTest {

	@Autowired ProcessEngine engine;
	@Autowired SessionFixtures fx;
	@Autowired Fixtures fixtures;
	@Autowired SessionService sessions;
	@Autowired ReviewSteps steps;
	@Autowired ProposalService proposals;
	@Autowired Outcomes outcomes;
	@Autowired NotificationService notifications;
	@Autowired ApplicationEvents events;
	@Autowired TaskListService taskList;
	@Autowired Voting voting;

	@BeforeEach
	void init() {
		org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions.init(engine);
		fixtures.payIntoFund("500000.00");
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void unanimousApprovalIsAwardedOnceTheChairSigns() {
		SessionFixtures.Board board = fx.board("AT", "NG", "FR");
		long call = fx.readyCall();
		Fixtures.Ngo ngo = fx.ngo();
		long p = fx.proposal(call, ngo.organisationId(), "TH", "40000.00", 1, Recommendation.FUND);
		ProcessInstance instance = convene(call, SessionKind.MEETING);

		assertThat(instance).isWaitingAt(BoardSessionProcess.CAST_VOTES_TASK);
		Assertions.assertThat(votingTasks(instance)).hasSize(3);
		assertThat(votingTask(instance, board.trustee(1))).isAssignedTo(board.trustee(1));
		Assertions.assertThat(votingTasks(instance)).allSatisfy(BoardSessionProcessTest::offeredToNoGroup);
		board.trustees().forEach(t -> vote(instance, t, Map.of(p, "APPROVE")));

		assertThat(instance).isWaitingAt(BoardSessionProcess.SIGN_OUTCOME_TASK);
		assertThat(task(instance)).isAssignedTo(board.chair());
		offeredToNoGroup(task(instance));
		sign(instance, board.chair());

		assertThat(instance).isWaitingAt(BoardSessionProcess.APPLY_OUTCOME);
		execute(job(instance));
		assertThat(instance).hasPassedInOrder("openSession", "castVotes", "closeVoting", "signOutcome",
				"applyOutcome", "outcomeApplied").isEnded();
		Assertions.assertThat(proposals.get(p).getStatus()).isEqualTo(ProposalStatus.AWARDED);
		Assertions.assertThat(events.stream(ProposalAwarded.class)).anyMatch(e -> e.proposalId() == p
				&& e.grantRef().equals("G-" + p));
		Assertions.assertThat(outcomes.findBySessionIdOrderByIdAsc(sessionId(instance))).singleElement()
			.satisfies(o -> Assertions.assertThat(o.getApprovals()).isEqualTo(3));
	}

	@Test
	void rejectionDeclinesAndTellsTheNgoWithoutVotesOrNames() {
		SessionFixtures.Board board = fx.board("AT", "NG", "FR");
		long call = fx.readyCall();
		Fixtures.Ngo ngo = fx.ngo();
		long p = fx.proposal(call, ngo.organisationId(), "TH", "40000.00", 1, Recommendation.REJECT);
		ProcessInstance instance = convene(call, SessionKind.MEETING);
		board.trustees().forEach(t -> vote(instance, t, Map.of(p, "REJECT")));
		signAndApply(instance, board.chair());

		Assertions.assertThat(proposals.get(p).getStatus()).isEqualTo(ProposalStatus.DECLINED_BY_BOARD);
		Assertions.assertThat(proposals.get(p).getDecisionReason())
			.startsWith("The Board of Trustees did not approve the project").contains("Below the quality threshold");
		Assertions.assertThat(notifications.outbox(ngo.username())).anyMatch(n -> n.getSubject().contains("will not be funded"))
			.noneMatch(n -> board.trustees().stream().anyMatch(t -> n.getBody().contains(t)));
		Assertions.assertThat(proposals.history(p)).noneMatch(e -> board.trustees().contains(e.getActor()));
	}

	@Test
	void aTieIsNotAnApprovalAndAbstentionsDoNotCountAgainst() {
		SessionFixtures.Board board = fx.board("AT", "NG", "FR", "DE");
		long call = fx.readyCall();
		long org = fx.ngo().organisationId();
		long tie = fx.proposal(call, org, "TH", "10000.00", 1, Recommendation.FUND);
		long abstained = fx.proposal(call, org, "TH", "10000.00", 2, Recommendation.FUND);
		ProcessInstance instance = convene(call, SessionKind.MEETING);
		vote(instance, board.trustee(0), Map.of(tie, "APPROVE", abstained, "APPROVE"));
		vote(instance, board.trustee(1), Map.of(tie, "APPROVE", abstained, "ABSTAIN"));
		vote(instance, board.trustee(2), Map.of(tie, "REJECT", abstained, "ABSTAIN"));
		vote(instance, board.trustee(3), Map.of(tie, "REJECT", abstained, "ABSTAIN"));
		signAndApply(instance, board.chair());

		Assertions.assertThat(proposals.get(tie).getStatus()).isEqualTo(ProposalStatus.DECLINED_BY_BOARD);
		Assertions.assertThat(proposals.get(abstained).getStatus()).isEqualTo(ProposalStatus.AWARDED);
	}

	@Test
	void recusalsAndAMissingVoteBreakTheQuorumAndCarryTheProposalOver() {
		SessionFixtures.Board board = fx.board("AT", "TH", "FR", "DE");
		long call = fx.readyCall();
		long p = fx.proposal(call, fx.ngo().organisationId(), "TH", "10000.00", 1, Recommendation.FUND);
		ProcessInstance instance = convene(call, SessionKind.MEETING);

		Assertions.assertThat(votingTasks(instance)).hasSize(4);
		Assertions.assertThatThrownBy(() -> vote(instance, board.trustee(1), Map.of(p, "APPROVE")))
			.hasMessageContaining("recused");
		vote(instance, board.trustee(1), Map.of());
		vote(instance, board.trustee(2), Map.of(p, "RECUSE"));
		vote(instance, board.chair(), Map.of(p, "APPROVE"));
		execute(timer(instance, BoardSessionProcess.DEADLINE_TIMER));

		assertThat(instance).isWaitingAt(BoardSessionProcess.SIGN_OUTCOME_TASK);
		signAndApply(instance, board.chair());
		Assertions.assertThat(proposals.get(p).getStatus()).isEqualTo(ProposalStatus.REVIEWED);
		Assertions.assertThat(proposals.history(p)).anyMatch(e -> e.getAction().equals("CARRIED_OVER"));
		Assertions.assertThat(outcomes.findBySessionIdOrderByIdAsc(sessionId(instance))).singleElement()
			.satisfies(o -> {
				Assertions.assertThat(o.getDecision()).isEqualTo(Decision.NO_QUORUM);
				Assertions.assertThat(o.getRecusals()).isEqualTo(2);
			});
	}

	@Test
	void theDeadlineClosesVotingWithTheVotesCastAfterRemindingThoseWhoHaveNotVoted() {
		SessionFixtures.Board board = fx.board("AT", "NG", "FR");
		long call = fx.readyCall();
		long p = fx.proposal(call, fx.ngo().organisationId(), "TH", "10000.00", 1, Recommendation.RESERVE);
		ProcessInstance instance = convene(call, SessionKind.MEETING);
		vote(instance, board.chair(), Map.of(p, "APPROVE"));
		vote(instance, board.trustee(1), Map.of(p, "APPROVE"));

		execute(timer(instance, BoardSessionProcess.REMINDER_TIMER));
		assertThat(instance).hasPassed(BoardSessionProcess.SEND_REMINDERS).isWaitingAt(BoardSessionProcess.CAST_VOTES_TASK);
		Assertions.assertThat(notifications.outbox(board.trustee(2))).anyMatch(n -> n.getSubject().startsWith("Reminder"));
		Assertions.assertThat(notifications.outbox(board.trustee(1))).noneMatch(n -> n.getSubject().startsWith("Reminder"));

		execute(timer(instance, BoardSessionProcess.DEADLINE_TIMER));
		Assertions.assertThat(votingTasks(instance)).isEmpty();
		signAndApply(instance, board.chair());
		Assertions.assertThat(proposals.get(p).getStatus()).isEqualTo(ProposalStatus.RESERVE_LIST);
		Assertions.assertThat(events.stream(ProposalReserved.class)).anyMatch(e -> e.proposalId() == p && e.rank() == 1);
	}

	@Test
	void onlyTheChairSignsAndAWrittenProcedureFollowsTheSameRules() {
		SessionFixtures.Board board = fx.board("AT", "NG", "FR");
		long call = fx.readyCall();
		long p = fx.proposal(call, fx.ngo().organisationId(), "TH", "10000.00", 1, Recommendation.FUND);
		ProcessInstance instance = convene(call, SessionKind.WRITTEN);
		board.trustees().forEach(t -> vote(instance, t, Map.of(p, "APPROVE")));

		Assertions.assertThatThrownBy(() -> sign(instance, board.trustee(1))).isInstanceOf(AccessDeniedException.class);
		assertThat(instance).isWaitingAt(BoardSessionProcess.SIGN_OUTCOME_TASK);
		signAndApply(instance, board.chair());
		Assertions.assertThat(sessions.get(sessionId(instance)).getSignedBy()).isEqualTo(board.chair());
		Assertions.assertThat(sessions.get(sessionId(instance)).getKind()).isEqualTo(SessionKind.WRITTEN);
		Assertions.assertThat(proposals.get(p).getStatus()).isEqualTo(ProposalStatus.AWARDED);
	}

	@Test
	void aChairOnlyReserveOfferAwardsWhatTheChairApprovesAndLeavesTheRestInPlace() {
		SessionFixtures.Board board = fx.board("AT", "NG", "FR");
		long call = fx.readyCall();
		long org = fx.ngo().organisationId();
		long first = fx.proposal(call, org, "TH", "10000.00", 4, Recommendation.RESERVE, ProposalStatus.RESERVE_LIST);
		long second = fx.proposal(call, org, "TH", "10000.00", 5, Recommendation.RESERVE, ProposalStatus.RESERVE_LIST);
		long id = sessions.prepareReserveOffer(call, List.of(first, second), true);
		ProcessInstance instance = runtimeService().startProcessInstanceByKey(BoardSessionProcess.KEY,
				Long.toString(id), Map.of(BoardSessionProcess.SESSION_ID, id));

		Assertions.assertThat(votingTasks(instance)).singleElement()
			.satisfies(t -> Assertions.assertThat(t.getAssignee()).isEqualTo(board.chair()));
		vote(instance, board.chair(), Map.of(first, "APPROVE", second, "REJECT"));
		signAndApply(instance, board.chair());

		Assertions.assertThat(proposals.get(first).getStatus()).isEqualTo(ProposalStatus.AWARDED);
		Assertions.assertThat(proposals.get(second).getStatus()).isEqualTo(ProposalStatus.RESERVE_LIST);
		Assertions.assertThat(events.stream(ProposalReserved.class)).noneMatch(e -> e.sessionId() == id);
		Assertions.assertThat(sessions.get(id).getKind()).isEqualTo(SessionKind.RESERVE_OFFER);
	}

	/** Issue #10: a ballot is its trustee's alone, the signature the session chair's alone; no one else sees them. */
	@Test
	void ballotsAndTheSignatureArePersonal() {
		SessionFixtures.Board board = fx.board("AT", "NG", "FR");
		long call = fx.readyCall();
		long p = fx.proposal(call, fx.ngo().organisationId(), "TH", "10000.00", 1, Recommendation.FUND);
		ProcessInstance instance = convene(call, SessionKind.MEETING);
		String otherChair = fx.user(java.util.EnumSet.of(Role.TRUSTEE, Role.BOARD_CHAIR));
		Task ballot = votingTask(instance, board.trustee(1));

		Assertions.assertThat(taskList.tasksFor(steps.user(board.trustee(2)))).extracting(TaskView::id)
			.doesNotContain(ballot.getId());
		Assertions.assertThat(taskList.tasksFor(steps.user(board.trustee(1)))).extracting(TaskView::id)
			.contains(ballot.getId());
		Assertions.assertThatThrownBy(() -> steps.complete(ballot, board.trustee(2), Map.of(Ballot.field(p), "REJECT")))
			.isInstanceOf(AccessDeniedException.class);
		Assertions.assertThatThrownBy(() -> taskList.claim(ballot.getId(), steps.user(board.trustee(2))))
			.isInstanceOf(AccessDeniedException.class);
		board.trustees().forEach(t -> vote(instance, t, Map.of(p, "APPROVE")));

		Task signature = task(instance);
		Assertions.assertThat(taskList.tasksFor(steps.user(otherChair))).extracting(TaskView::id)
			.doesNotContain(signature.getId());
		Assertions.assertThatThrownBy(() -> sign(instance, otherChair)).isInstanceOf(AccessDeniedException.class);
		assertThat(instance).isWaitingAt(BoardSessionProcess.SIGN_OUTCOME_TASK);
		Assertions.assertThat(voteCount(instance, board.trustee(1))).isEqualTo(1);
		signAndApply(instance, board.chair());
		Assertions.assertThat(sessions.get(sessionId(instance)).getSignedBy()).isEqualTo(board.chair());
	}

	private int voteCount(ProcessInstance instance, String trustee) {
		return voting.votesOf(sessionId(instance), trustee).size();
	}

	private static void offeredToNoGroup(Task task) {
		Assertions.assertThat(taskService().getIdentityLinksForTask(task.getId()))
			.noneMatch(l -> IdentityLinkType.CANDIDATE.equals(l.getType()));
	}

	private ProcessInstance convene(long call, SessionKind kind) {
		long id = sessions.convene(call, kind, "fundmanager").getId();
		return processInstanceQuery().processInstanceBusinessKey(Long.toString(id))
			.processDefinitionKey(BoardSessionProcess.KEY).singleResult();
	}

	private void vote(ProcessInstance instance, String trustee, Map<Long, String> choices) {
		Map<String, String> fields = new HashMap<>();
		choices.forEach((p, c) -> {
			fields.put(Ballot.field(p), c);
			fields.put("comment_" + p, "Comment by " + trustee);
		});
		steps.complete(votingTask(instance, trustee), trustee, fields);
	}

	private void sign(ProcessInstance instance, String user) {
		steps.complete(task(instance), user, Map.of("note", "Signed"));
	}

	private void signAndApply(ProcessInstance instance, String chair) {
		sign(instance, chair);
		execute(job(instance));
		assertThat(instance).isEnded();
	}

	private static List<Task> votingTasks(ProcessInstance instance) {
		return taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(BoardSessionProcess.CAST_VOTES_TASK).list();
	}

	private static Task votingTask(ProcessInstance instance, String trustee) {
		return taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(BoardSessionProcess.CAST_VOTES_TASK)
			.taskAssignee(trustee).singleResult();
	}

	private static Job timer(ProcessInstance instance, String activityId) {
		return jobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
	}

	private static long sessionId(ProcessInstance instance) {
		return ((Number) historyService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
			.variableName(BoardSessionProcess.SESSION_ID).singleResult().getValue()).longValue();
	}
}
