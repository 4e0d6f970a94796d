package org.trustfund.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doThrow;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.trustfund.donors.ContributionReceived;
import org.trustfund.proposals.Fixtures;
import org.trustfund.reserve.ReserveFixtures;
import org.trustfund.reserve.ReserveListProcess;
import org.trustfund.reserve.ReserveListService;

/**
 * A contribution committed just before a crash: its message to the reserve lists was lost after the commit.
 * The outbox still owes it, and delivering what is owed on restart wakes the waiting list, which offers.
 */
class OutboxCrashTest extends OutboxTestSupport {

	static final String LISTENER = "donors.contribution-received";

	@Autowired ReserveFixtures reserve;
	@Autowired Fixtures fixtures;
	@Autowired ReserveListService lists;
	@Autowired OutboxRetry outbox;
	@Autowired RepositoryService repository;
	@Autowired TaskService tasks;

	private final List<Long> calls = new ArrayList<>();
	private String stub;

	@BeforeEach
	void aSittingBoardAStubSessionAndAnEmptyFund() {
		stub = repository.createDeployment().name("board-session-stub")
			.addClasspathResource("stubs/board-session-stub.bpmn").deploy().getId();
		reserve.drain();
		reserve.sittingBoard();
	}

	@AfterEach
	void endTheLists() {
		reserve.endProcesses(calls, runtime);
		repository.deleteDeployment(stub, true);
		ClockUtil.reset();
	}

	@Test
	void aContributionWhoseMessageWasLostInACrashWakesTheReserveListOnRestart() {
		ReserveFixtures.Setup s = reserve.call();
		calls.add(s.callId());
		long first = reserve.reserve(s, 1, "30000", 7);
		ProcessInstance list = instance(s);
		doThrow(new ProcessEngineException("the server went down")).doCallRealMethod().when(runtime)
			.createMessageCorrelation(ContributionReceived.MESSAGE);

		fixtures.payIntoFund("30000");
		reserve.runOffers();
		assertThat(waitsAt(list)).as("the message was lost").containsExactly(ReserveListProcess.WAIT_FOR_MONEY);
		assertThat(owedTo(LISTENER)).hasSize(1);

		// The restart: the outbox delivers everything still owed (OutboxStart runs this on every start).
		outbox.resubmitOnStart();
		reserve.runOffers();

		assertThat(waitsAt(list)).containsExactly(ReserveListProcess.BOARD_DECIDES);
		assertThat(lists.entries(s.callId())).singleElement()
			.satisfies(e -> assertThat(e.getLastOfferedIn()).isNotNull().isPositive());
		assertThat(lists.entries(s.callId()).get(0).getProposalId()).isEqualTo(first);
		assertThat(owedTo(LISTENER)).isEmpty();
	}

	@Test
	void deliveringTheSameContributionAgainOffersNothingTwice() {
		ReserveFixtures.Setup s = reserve.call();
		calls.add(s.callId());
		reserve.reserve(s, 1, "30000", 7);
		reserve.reserve(s, 2, "30000", 7);
		ProcessInstance list = instance(s);
		fixtures.payIntoFund("30000");
		reserve.runOffers();
		boardDecidesNothing(list);
		reserve.runOffers(); // the Board passed the first over; the second is offered on return
		boardDecidesNothing(list);
		reserve.runOffers();
		assertThat(waitsAt(list)).containsExactly(ReserveListProcess.WAIT_FOR_MONEY);
		long offers = offers(s);

		// A crash after the message reached the list but before its delivery was recorded as complete.
		forgetCompletion(LISTENER);
		assertThat(owedTo(LISTENER)).hasSize(1);
		outbox.resubmitDue();
		reserve.runOffers();

		assertThat(owedTo(LISTENER)).isEmpty();
		assertThat(waitsAt(list)).containsExactly(ReserveListProcess.WAIT_FOR_MONEY);
		assertThat(offers(s)).as("the same money offers the passed-over projects no second time").isEqualTo(offers);
	}

	/** The Board's stub session ends without approving anything. */
	private void boardDecidesNothing(ProcessInstance list) {
		ProcessInstance session = runtime.createProcessInstanceQuery().superProcessInstanceId(list.getId())
			.singleResult();
		tasks.complete(tasks.createTaskQuery().processInstanceId(session.getId()).singleResult().getId());
	}

	private long offers(ReserveFixtures.Setup s) {
		return lists.history(s.callId()).stream()
			.filter(e -> e.getKind() == org.trustfund.reserve.ReserveEvent.Kind.OFFERED).count();
	}

	private ProcessInstance instance(ReserveFixtures.Setup s) {
		return runtime.createProcessInstanceQuery().processDefinitionKey(ReserveListProcess.KEY)
			.processInstanceBusinessKey(Long.toString(s.callId())).singleResult();
	}

	private List<String> waitsAt(ProcessInstance list) {
		return runtime.getActiveActivityIds(list.getId());
	}
}
