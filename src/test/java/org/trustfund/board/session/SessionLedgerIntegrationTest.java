package org.trustfund.board.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.trustfund.IntegrationTest;
import org.trustfund.board.BoardSessionProcess;
import org.trustfund.board.ProposalAwarded;
import org.trustfund.board.ProposalReserved;
import org.trustfund.ledger.FundLedger;
import org.trustfund.shared.Money;
import org.trustfund.proposals.Fixtures;
import org.trustfund.proposals.ProposalService;
import org.trustfund.proposals.ProposalStatus;
import org.trustfund.proposals.Recommendation;
import org.trustfund.proposals.ReviewSteps;
import org.trustfund.calls.CallService;
import org.trustfund.calls.CallStatus;

/** The Board approves more than the fund holds: the surplus goes to the reserve list, nothing is over-committed. */
@IntegrationTest
@RecordApplicationEvents
class SessionLedgerIntegrationTest {

	@Autowired SessionFixtures fx;
	@Autowired Fixtures fixtures;
	@Autowired SessionService sessions;
	@Autowired ReviewSteps steps;
	@Autowired TaskService tasks;
	@Autowired ManagementService management;
	@Autowired FundLedger ledger;
	@Autowired ProposalService proposals;
	@Autowired CallService calls;
	@Autowired ApplicationEvents events;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void approvalsBeyondTheAvailableBalanceGoToTheReserveListInRankOrder() {
		fixtures.payIntoFund("100000.00");
		SessionFixtures.Board board = fx.board("AT");
		long call = fx.readyCall();
		long org = fx.ngo().organisationId();
		BigDecimal available = ledger.available().amount();
		String fits = available.subtract(new BigDecimal("10000.00")).toPlainString();
		long first = fx.proposal(call, org, "TH", fits, 1, Recommendation.FUND);
		long tooBig = fx.proposal(call, org, "TH", "20000.00", 2, Recommendation.FUND);
		long smallerButLater = fx.proposal(call, org, "TH", "5000.00", 3, Recommendation.FUND);
		long reserve = fx.proposal(call, org, "TH", "1000.00", 4, Recommendation.RESERVE);
		long session = sessions.convene(call, SessionKind.MEETING, "fundmanager").getId();

		String pid = tasks.createTaskQuery().processVariableValueEquals(BoardSessionProcess.SESSION_ID, session)
			.singleResult().getProcessInstanceId();
		steps.complete(steps.one(pid, BoardSessionProcess.CAST_VOTES_TASK), board.chair(), Map.of(
				Ballot.field(first), "APPROVE", Ballot.field(tooBig), "APPROVE", Ballot.field(smallerButLater), "APPROVE",
				Ballot.field(reserve), "APPROVE"));
		steps.complete(steps.one(pid, BoardSessionProcess.SIGN_OUTCOME_TASK), board.chair(), Map.of());
		steps.runJobs(pid);

		assertThat(proposals.get(first).getStatus()).isEqualTo(ProposalStatus.AWARDED);
		assertThat(proposals.get(tooBig).getStatus()).isEqualTo(ProposalStatus.RESERVE_LIST);
		assertThat(proposals.get(smallerButLater).getStatus()).isEqualTo(ProposalStatus.RESERVE_LIST);
		assertThat(proposals.get(reserve).getStatus()).isEqualTo(ProposalStatus.RESERVE_LIST);
		assertThat(ledger.available()).isEqualTo(Money.of("10000.00"));
		assertThat(ledger.available().isPositive()).isTrue();
		assertThat(events.stream(ProposalAwarded.class).filter(e -> e.sessionId() == session))
			.extracting(ProposalAwarded::proposalId).containsExactly(first);
		assertThat(events.stream(ProposalReserved.class).filter(e -> e.sessionId() == session))
			.extracting(ProposalReserved::proposalId, ProposalReserved::rank)
			.containsExactly(tuple(tooBig, 2), tuple(smallerButLater, 3),
					tuple(reserve, 4));
		assertThat(calls.get(call).getStatus()).isEqualTo(CallStatus.DECIDED);
		assertThat(management.createJobQuery().processInstanceId(pid).list()).isEmpty();
	}
}
