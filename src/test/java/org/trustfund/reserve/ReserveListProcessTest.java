package org.trustfund.reserve;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.trustfund.IntegrationTest;
import org.trustfund.ledger.FundLedger;
import org.trustfund.shared.Money;
import org.trustfund.notifications.NotificationService;
import org.trustfund.proposals.Fixtures;
import org.trustfund.proposals.ProposalService;
import org.trustfund.proposals.ProposalStatus;
import org.trustfund.shared.ConflictException;

/**
 * Walks every path of bpmn/reserve-list.bpmn. The Board's written procedure is a stub process deployed by this
 * test (src/test/resources/stubs); the test decides the offer as the session would, through its events.
 */
@IntegrationTest
class ReserveListProcessTest {

	@Autowired ProcessEngine engine;
	@Autowired ReserveFixtures reserve;
	@Autowired Fixtures fixtures;
	@Autowired ReserveListService lists;
	@Autowired FundLedger ledger;
	@Autowired ProposalService proposals;
	@Autowired NotificationService notifications;

	private String stubDeployment;
	private final List<Long> calls = new ArrayList<>();

	@BeforeEach
	void setUp() {
		init(engine);
		stubDeployment = repositoryService().createDeployment().name("board-session-stub")
			.addClasspathResource("stubs/board-session-stub.bpmn").deploy().getId();
		reserve.drain();
		reserve.sittingBoard();
	}

	@AfterEach
	void cleanUp() {
		reserve.endProcesses(calls, runtimeService());
		repositoryService().deleteDeployment(stubDeployment, true);
		org.camunda.bpm.engine.impl.util.ClockUtil.reset();
	}

	@Test
	void whenNoBoardCanDecideTheFundManagerIsToldAndTheListKeepsWaiting() {
		ReserveFixtures.Setup s = setup();
		long first = reserve.reserve(s, 1, "30000", 7);
		ProcessInstance list = instance(s);
		reserve.sitAt(9950); // no Board sits in that year

		fixtures.payIntoFund("30000");
		reserve.runOffers();

		assertThat(list).hasPassed(ReserveListProcess.CHOOSE_OFFER_TASK).isWaitingAt(ReserveListProcess.WAIT_FOR_MONEY);
		Assertions.assertThat(lists.history(s.callId())).extracting(ReserveEvent::getKind)
			.contains(ReserveEvent.Kind.OFFER_NOT_POSSIBLE).doesNotContain(ReserveEvent.Kind.OFFERED);
		Assertions.assertThat(lists.entries(s.callId())).extracting(ReserveEntry::getProposalId).containsExactly(first);
	}

	@Test
	void contributionOffersTheHighestRankedProjectsThatFitAndTheBoardAwardsThem() {
		ReserveFixtures.Setup s = setup();
		long first = reserve.reserve(s, 1, "30000", 7);
		long second = reserve.reserve(s, 2, "50000", 7);
		long third = reserve.reserve(s, 3, "20000", 7);
		long fourth = reserve.reserve(s, 4, "10000", 7);
		ProcessInstance list = instance(s);
		assertThat(list).isWaitingAt(ReserveListProcess.WAIT_FOR_MONEY);

		fixtures.payIntoFund("55000");
		reserve.runOffers();

		assertThat(list).hasPassed(ReserveListProcess.CONTRIBUTION_RECEIVED, ReserveListProcess.CHOOSE_OFFER_TASK)
			.isWaitingAt(ReserveListProcess.BOARD_DECIDES);
		long session = sessionOf(list);
		Assertions.assertThat(offeredIn(s, session)).containsExactly(first, third);
		ProcessInstance written = calledProcessInstance(list);
		Assertions.assertThat(written.getBusinessKey()).isEqualTo(Long.toString(session));
		Assertions.assertThat(((Number) runtimeService().getVariable(written.getId(), "sessionId")).longValue())
			.isEqualTo(session);

		reserve.award(s, first, "30000", session);
		reserve.award(s, third, "20000", session);
		complete(task(written));
		reserve.runOffers();

		assertThat(list).hasPassed(ReserveListProcess.RECORD_OUTCOME_TASK).isWaitingAt(ReserveListProcess.WAIT_FOR_MONEY);
		Assertions.assertThat(states(s)).containsExactly(EntryState.AWARDED, EntryState.ON_LIST, EntryState.AWARDED,
				EntryState.ON_LIST);
		Assertions.assertThat(ledger.available()).isEqualTo(Money.of(5000));
		Assertions.assertThat(ReserveListService.moneyNeeded(lists.entries(s.callId()), ledger.available()))
			.isEqualTo(Money.of(45000));
		Assertions.assertThat(lists.history(s.callId())).extracting(ReserveEvent::getKind)
			.contains(ReserveEvent.Kind.OFFERED, ReserveEvent.Kind.AWARDED, ReserveEvent.Kind.OFFER_DECIDED);
		Assertions.assertThat(proposals.get(second).getStatus()).isEqualTo(ProposalStatus.RESERVE_LIST);
		Assertions.assertThat(proposals.get(fourth).getStatus()).isEqualTo(ProposalStatus.RESERVE_LIST);
	}

	@Test
	void moneyThatFitsNoProjectGoesBackToWaiting() {
		ReserveFixtures.Setup s = setup();
		reserve.reserve(s, 1, "40000", 7);
		ProcessInstance list = instance(s);

		fixtures.payIntoFund("10000");
		reserve.runOffers();

		assertThat(list).hasPassed(ReserveListProcess.CHOOSE_OFFER_TASK).isWaitingAt(ReserveListProcess.WAIT_FOR_MONEY);
		Assertions.assertThat(lists.history(s.callId())).extracting(ReserveEvent::getKind)
			.doesNotContain(ReserveEvent.Kind.OFFERED);
		Assertions.assertThat(ReserveListService.moneyNeeded(lists.entries(s.callId()), ledger.available()))
			.isEqualTo(Money.of(30000));
	}

	@Test
	void grantMoneyReturnedToTheFundOffersTheNextProject() {
		fixtures.payIntoFund("20000");
		reserve.runOffers();
		String grant = reserve.drain();
		ReserveFixtures.Setup s = setup();
		long first = reserve.reserve(s, 1, "20000", 7);
		ProcessInstance list = instance(s);

		ledger.release(grant, Money.of(20000), "The grantee declined the agreement");
		reserve.runOffers();

		assertThat(list).hasPassed(ReserveListProcess.FUNDS_RETURNED).isWaitingAt(ReserveListProcess.BOARD_DECIDES);
		Assertions.assertThat(offeredIn(s, sessionOf(list))).containsExactly(first);
	}

	@Test
	void projectsTheBoardPassedOverKeepTheirPlaceAndWaitForNewMoney() {
		ReserveFixtures.Setup s = setup();
		long first = reserve.reserve(s, 1, "30000", 7);
		long second = reserve.reserve(s, 2, "30000", 7);
		ProcessInstance list = instance(s);
		fixtures.payIntoFund("30000");
		reserve.runOffers();
		long session = sessionOf(list);
		Assertions.assertThat(offeredIn(s, session)).containsExactly(first);

		complete(task(calledProcessInstance(list))); // the Board approves nothing
		reserve.runOffers();

		// The re-check after the offer leaves out what the Board just passed over; the next project may be offered.
		assertThat(list).isWaitingAt(ReserveListProcess.BOARD_DECIDES);
		long again = sessionOf(list);
		Assertions.assertThat(offeredIn(s, again)).containsExactly(second);
		complete(task(calledProcessInstance(list))); // passed over too
		reserve.runOffers();

		// Nothing the Board has not just passed over is left: no endless re-offer, back to waiting.
		assertThat(list).isWaitingAt(ReserveListProcess.WAIT_FOR_MONEY);
		Assertions.assertThat(states(s)).containsOnly(EntryState.ON_LIST);

		fixtures.payIntoFund("30000"); // new money: every waiting project may be offered again, in rank order
		reserve.runOffers();

		long next = sessionOf(list);
		Assertions.assertThat(next).isNotIn(session, again);
		Assertions.assertThat(offeredIn(s, next)).containsExactly(first, second);
	}

	@Test
	void moneyArrivingWhileTheBoardDecidesIsUsedWhenTheOfferReturns() {
		ReserveFixtures.Setup s = setup();
		long first = reserve.reserve(s, 1, "30000", 7);
		long second = reserve.reserve(s, 2, "30000", 7);
		ProcessInstance list = instance(s);
		fixtures.payIntoFund("30000");
		reserve.runOffers();
		long session = sessionOf(list);

		fixtures.payIntoFund("30000"); // not caught: the process is inside the call activity
		reserve.runOffers();
		reserve.award(s, first, "30000", session);
		complete(task(calledProcessInstance(list)));
		reserve.runOffers();

		assertThat(list).isWaitingAt(ReserveListProcess.BOARD_DECIDES);
		Assertions.assertThat(offeredIn(s, sessionOf(list))).containsExactly(second);
	}

	@Test
	void aListOpenedWhileMoneyIsThereOffersAtOnce() {
		fixtures.payIntoFund("30000"); // no list waits yet: the message reaches nobody
		ReserveFixtures.Setup s = setup();

		long first = reserve.reserve(s, 1, "30000", 7); // opens the list; its first check runs here

		ProcessInstance list = instance(s);
		assertThat(list).hasPassed(ReserveListProcess.CHOOSE_OFFER_TASK).hasNotPassed(
				ReserveListProcess.CONTRIBUTION_RECEIVED).isWaitingAt(ReserveListProcess.BOARD_DECIDES);
		Assertions.assertThat(offeredIn(s, sessionOf(list))).containsExactly(first);
	}

	@Test
	void theRecheckIntervalOffersMoneyNoMessageAnnounced() {
		fixtures.payIntoFund("30000");
		java.math.BigDecimal reserveLevel = ledger.balances().reserve();
		ledger.setOperatingReserve(Money.of(reserveLevel.add(new java.math.BigDecimal("30000"))), "Test: hold it");
		ReserveFixtures.Setup s = setup();
		long first = reserve.reserve(s, 1, "30000", 7);
		ProcessInstance list = instance(s);
		assertThat(list).isWaitingAt(ReserveListProcess.WAIT_FOR_MONEY);
		Job recheck = jobQuery().processInstanceId(list.getId()).activityId(ReserveListProcess.RECHECK_TIMER)
			.singleResult();
		Assertions.assertThat(java.time.Duration.between(
				org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant(), recheck.getDuedate().toInstant()))
			.isEqualTo(java.time.Duration.parse(lists.recheckInterval()));

		// Lowering the operating reserve frees money without any message: only the re-check notices it.
		ledger.setOperatingReserve(Money.of(reserveLevel), "Test: release it");
		reserve.runOffers();
		assertThat(list).isWaitingAt(ReserveListProcess.WAIT_FOR_MONEY);
		execute(recheck);
		reserve.runOffers();

		assertThat(list).hasPassed(ReserveListProcess.RECHECK_TIMER, ReserveListProcess.CHOOSE_OFFER_TASK)
			.isWaitingAt(ReserveListProcess.BOARD_DECIDES);
		Assertions.assertThat(offeredIn(s, sessionOf(list))).containsExactly(first);
	}

	@Test
	void aRecheckOrARepeatedMessageIsNoNewMoneyForProjectsTheBoardPassedOver() {
		ReserveFixtures.Setup s = setup();
		long first = reserve.reserve(s, 1, "30000", 7);
		ProcessInstance list = instance(s);
		fixtures.payIntoFund("30000");
		reserve.runOffers();
		Assertions.assertThat(offeredIn(s, sessionOf(list))).containsExactly(first);
		complete(task(calledProcessInstance(list))); // the Board approves nothing
		reserve.runOffers();
		assertThat(list).isWaitingAt(ReserveListProcess.WAIT_FOR_MONEY);

		// The same money announced again (the outbox delivers at least once), then the periodic re-check.
		runtimeService().createMessageCorrelation(org.trustfund.donors.ContributionReceived.MESSAGE).correlateAll();
		reserve.runOffers();
		assertThat(list).isWaitingAt(ReserveListProcess.WAIT_FOR_MONEY);
		execute(jobQuery().processInstanceId(list.getId()).activityId(ReserveListProcess.RECHECK_TIMER).singleResult());
		reserve.runOffers();

		assertThat(list).isWaitingAt(ReserveListProcess.WAIT_FOR_MONEY);
		Assertions.assertThat(lists.history(s.callId())).extracting(ReserveEvent::getKind)
			.containsOnlyOnce(ReserveEvent.Kind.OFFERED);
	}

	@Test
	void whenEveryProjectIsAwardedTheListClosesAndTheProcessEnds() {
		ReserveFixtures.Setup s = setup();
		long only = reserve.reserve(s, 1, "25000", 7);
		ProcessInstance list = instance(s);
		fixtures.payIntoFund("25000");
		reserve.runOffers();
		reserve.award(s, only, "25000", sessionOf(list));

		complete(task(calledProcessInstance(list)));
		reserve.runOffers();

		assertThat(list).hasPassed(ReserveListProcess.CLOSE_EMPTY_TASK, ReserveListProcess.LIST_EMPTIED_END).isEnded();
		Assertions.assertThat(lists.list(s.callId()).getStatus()).isEqualTo(ListStatus.EMPTIED);
	}

	@Test
	void atExpiryTheRemainingNgosAreToldTheyWillNotBeFundedInThisCycle() {
		ReserveFixtures.Setup s = setup();
		long first = reserve.reserve(s, 1, "30000", 7);
		long second = reserve.reserve(s, 2, "40000", 7);
		ProcessInstance list = instance(s);
		lists.withdraw(s.callId(), second, "The NGO withdrew", "fundmanager");
		Job timer = expiryTimer(list);
		Assertions.assertThat(timer.getDuedate()).isEqualTo(lists.expiresAt(Long.toString(s.callId())));

		execute(timer);

		assertThat(list).hasPassed(ReserveListProcess.EXPIRE_TASK, ReserveListProcess.LIST_EXPIRED_END).isEnded();
		Assertions.assertThat(states(s)).containsExactly(EntryState.EXPIRED, EntryState.WITHDRAWN);
		Assertions.assertThat(proposals.get(first).getStatus()).isEqualTo(ProposalStatus.NOT_FUNDED);
		Assertions.assertThat(notifications.outbox(s.ngo().username()))
			.anyMatch(n -> n.getSubject().contains("will not be funded in this cycle"));
		Assertions.assertThat(lists.list(s.callId()).getStatus()).isEqualTo(ListStatus.EXPIRED);
	}

	@Test
	void fundManagerMovesTheExpiryDateAndTheTimerFollows() {
		ReserveFixtures.Setup s = setup();
		reserve.reserve(s, 1, "30000", 7);
		ProcessInstance list = instance(s);
		LocalDate later = LocalDate.now(new org.trustfund.processes.FundClock()).plusMonths(18);

		lists.changeExpiry(s.callId(), later, "The Board extended the list", "fundmanager");

		Assertions.assertThat(expiryTimer(list).getDuedate().toInstant())
			.isEqualTo(later.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
		Assertions.assertThat(lists.history(s.callId())).extracting(ReserveEvent::getKind)
			.contains(ReserveEvent.Kind.EXPIRY_CHANGED);
	}

	@Test
	void withdrawingTheLastProjectEndsTheProcessAndAProjectBeforeTheBoardCannotBeWithdrawn() {
		ReserveFixtures.Setup s = setup();
		long first = reserve.reserve(s, 1, "30000", 7);
		long second = reserve.reserve(s, 2, "90000", 7);
		ProcessInstance list = instance(s);
		fixtures.payIntoFund("30000");
		reserve.runOffers();
		Assertions.assertThatThrownBy(() -> lists.withdraw(s.callId(), first, "NGO withdrew", "fundmanager"))
			.isInstanceOf(ConflictException.class);
		complete(task(calledProcessInstance(list)));
		reserve.runOffers();

		lists.withdraw(s.callId(), first, "The NGO withdrew", "fundmanager");
		lists.withdraw(s.callId(), second, "The NGO closed", "fundmanager");

		assertThat(list).hasPassed("reserveListEmptied", ReserveListProcess.LIST_EMPTIED_END).isEnded();
		Assertions.assertThat(proposals.get(first).getStatus()).isEqualTo(ProposalStatus.WITHDRAWN);
		Assertions.assertThat(notifications.outbox(s.ngo().username()))
			.anyMatch(n -> n.getSubject().contains("left the reserve list"));
	}

	private ReserveFixtures.Setup setup() {
		ReserveFixtures.Setup s = reserve.call();
		calls.add(s.callId());
		return s;
	}

	private ProcessInstance instance(ReserveFixtures.Setup s) {
		return processInstanceQuery().processDefinitionKey(ReserveListProcess.KEY)
			.processInstanceBusinessKey(Long.toString(s.callId())).singleResult();
	}

	private long sessionOf(ProcessInstance list) {
		return ((Number) runtimeService().getVariable(list.getId(), ReserveListProcess.SESSION_ID)).longValue();
	}

	private List<Long> offeredIn(ReserveFixtures.Setup s, long session) {
		return lists.entries(s.callId()).stream().filter(e -> Long.valueOf(session).equals(e.getLastOfferedIn()))
			.map(ReserveEntry::getProposalId).toList();
	}

	private List<EntryState> states(ReserveFixtures.Setup s) {
		return lists.entries(s.callId()).stream().map(ReserveEntry::getState).toList();
	}

	private static Job expiryTimer(ProcessInstance list) {
		return jobQuery().processInstanceId(list.getId()).activityId(ReserveListProcess.EXPIRY_TIMER).singleResult();
	}
}
