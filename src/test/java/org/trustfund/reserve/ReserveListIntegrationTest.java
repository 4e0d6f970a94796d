package org.trustfund.reserve;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.trustfund.IntegrationTest;
import org.trustfund.board.BoardSessionProcess;
import org.trustfund.board.session.Ballot;
import org.trustfund.board.session.SessionFixtures;
import org.trustfund.board.session.SessionKind;
import org.trustfund.board.session.SessionService;
import org.trustfund.ledger.FundLedger;
import org.trustfund.shared.Money;
import org.trustfund.notifications.NotificationService;
import org.trustfund.proposals.Fixtures;
import org.trustfund.proposals.ProposalService;
import org.trustfund.proposals.ProposalStatus;
import org.trustfund.proposals.Recommendation;
import org.trustfund.proposals.ReviewSteps;

/**
 * The reserve list with the real Board: a session puts projects on the list; a paid contribution (through
 * ContributionService) offers the next ones in rank order by written procedure, the trustees vote and the chair
 * signs, approved projects are awarded and leave the list, the others keep their place; at expiry the rest are
 * told they will not be funded in this cycle.
 */
@IntegrationTest
class ReserveListIntegrationTest {

	@Autowired ProcessEngine engine;
	@Autowired SessionFixtures fx;
	@Autowired SessionService sessions;
	@Autowired ReviewSteps steps;
	@Autowired Fixtures fixtures;
	@Autowired ReserveFixtures reserve;
	@Autowired ReserveListService lists;
	@Autowired FundLedger ledger;
	@Autowired ProposalService proposals;
	@Autowired NotificationService notifications;

	private long call;

	@BeforeEach
	void setUp() {
		init(engine);
	}

	@AfterEach
	void cleanUp() {
		reserve.endProcesses(List.of(call), runtimeService());
		ClockUtil.reset();
	}

	@Test
	void aContributionFundsTheNextProjectsInRankOrderByWrittenProcedureAndExpiryTellsTheRest() {
		reserve.drain();
		SessionFixtures.Board board = fx.board("AT", "NG", "FR");
		call = fx.readyCall();
		Fixtures.Ngo ngo = fx.ngo();
		long funded = fx.proposal(call, ngo.organisationId(), "TH", "40000.00", 1, Recommendation.FUND);
		long second = fx.proposal(call, ngo.organisationId(), "TH", "30000.00", 2, Recommendation.RESERVE);
		long third = fx.proposal(call, ngo.organisationId(), "TH", "50000.00", 3, Recommendation.RESERVE);
		long fourth = fx.proposal(call, ngo.organisationId(), "TH", "15000.00", 4, Recommendation.RESERVE);
		fixtures.payIntoFund("40000.00");
		reserve.runOffers();

		// The Board's session: the first is funded, the others go to the reserve list in rank order.
		ProcessInstance meeting = session(sessions.convene(call, SessionKind.MEETING, "fundmanager").getId());
		board.trustees().forEach(t -> vote(meeting, t, Map.of(funded, "APPROVE", second, "APPROVE", third, "APPROVE",
				fourth, "APPROVE")));
		signAndApply(meeting, board.chair());
		Assertions.assertThat(proposals.get(funded).getStatus()).isEqualTo(ProposalStatus.AWARDED);
		Assertions.assertThat(lists.entries(call)).extracting(ReserveEntry::getProposalId, ReserveEntry::getRankPosition)
			.containsExactly(Assertions.tuple(second, 2), Assertions.tuple(third, 3), Assertions.tuple(fourth, 4));
		ProcessInstance list = processInstanceQuery().processDefinitionKey(ReserveListProcess.KEY)
			.processInstanceBusinessKey(Long.toString(call)).singleResult();
		// The new list checks the money at once: the funded project took all of it, so the list waits.
		reserve.runOffers();
		assertThat(list).hasPassed(ReserveListProcess.CHOOSE_OFFER_TASK).isWaitingAt(ReserveListProcess.WAIT_FOR_MONEY);

		// 50,000 arrives: the second (30,000) fits, the third (50,000) does not and is skipped, the fourth fits.
		fixtures.payIntoFund("50000.00");
		reserve.runOffers();

		assertThat(list).isWaitingAt(ReserveListProcess.BOARD_DECIDES);
		ProcessInstance written = calledProcessInstance(list);
		long offer = Long.parseLong(written.getBusinessKey());
		Assertions.assertThat(sessions.get(offer).getKind()).isEqualTo(SessionKind.RESERVE_OFFER);
		Assertions.assertThat(lists.entries(call)).filteredOn(e -> Long.valueOf(offer).equals(e.getLastOfferedIn()))
			.extracting(ReserveEntry::getProposalId).containsExactly(second, fourth);
		vote(written, board.chair(), Map.of(second, "APPROVE", fourth, "REJECT"));
		vote(written, board.trustee(1), Map.of(second, "APPROVE", fourth, "REJECT"));
		vote(written, board.trustee(2), Map.of(second, "APPROVE", fourth, "ABSTAIN"));
		signAndApply(written, board.chair());
		reserve.runOffers();

		assertThat(list).hasPassed(ReserveListProcess.RECORD_OUTCOME_TASK).isWaitingAt(ReserveListProcess.WAIT_FOR_MONEY);
		Assertions.assertThat(lists.entries(call)).extracting(ReserveEntry::getState)
			.containsExactly(EntryState.AWARDED, EntryState.ON_LIST, EntryState.ON_LIST);
		Assertions.assertThat(proposals.get(second).getStatus()).isEqualTo(ProposalStatus.AWARDED);
		Assertions.assertThat(proposals.get(fourth).getStatus()).isEqualTo(ProposalStatus.RESERVE_LIST);
		Assertions.assertThat(ledger.available()).isEqualTo(Money.of("20000.00"));

		// The list expires: the third and fourth are told they will not be funded in this cycle.
		execute(jobQuery().processInstanceId(list.getId()).activityId(ReserveListProcess.EXPIRY_TIMER).singleResult());

		assertThat(list).hasPassed(ReserveListProcess.LIST_EXPIRED_END).isEnded();
		Assertions.assertThat(proposals.get(third).getStatus()).isEqualTo(ProposalStatus.NOT_FUNDED);
		Assertions.assertThat(proposals.get(fourth).getStatus()).isEqualTo(ProposalStatus.NOT_FUNDED);
		Assertions.assertThat(notifications.outbox(ngo.username()))
			.filteredOn(n -> n.getSubject().contains("will not be funded in this cycle")).hasSize(2);
	}

	private ProcessInstance session(long id) {
		return processInstanceQuery().processDefinitionKey(BoardSessionProcess.KEY)
			.variableValueEquals(BoardSessionProcess.SESSION_ID, id).singleResult();
	}

	private void vote(ProcessInstance instance, String trustee, Map<Long, String> choices) {
		Map<String, String> fields = new HashMap<>();
		choices.forEach((p, c) -> fields.put(Ballot.field(p), c));
		steps.complete(taskQuery().processInstanceId(instance.getId())
			.taskDefinitionKey(BoardSessionProcess.CAST_VOTES_TASK).taskAssignee(trustee).singleResult(), trustee, fields);
	}

	private void signAndApply(ProcessInstance instance, String chair) {
		steps.complete(taskQuery().processInstanceId(instance.getId())
			.taskDefinitionKey(BoardSessionProcess.SIGN_OUTCOME_TASK).singleResult(), chair, Map.of("note", "Signed"));
		execute(jobQuery().processInstanceId(instance.getId()).singleResult());
	}
}
