package org.trustfund.board.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.trustfund.IntegrationTest;
import org.trustfund.board.BoardSessionProcess;
import org.trustfund.calls.CallService;
import org.trustfund.calls.CallStatus;
import org.trustfund.grants.GrantLifecycleProcess;
import org.trustfund.ledger.FundLedger;
import org.trustfund.shared.Money;
import org.trustfund.proposals.Fixtures;
import org.trustfund.proposals.ProposalService;
import org.trustfund.proposals.ProposalStatus;
import org.trustfund.proposals.Recommendation;
import org.trustfund.proposals.ReviewSteps;

/**
 * Applying a Board outcome is all or nothing: when one award cannot open its grant (here the second of three
 * already has one), the awards before it, the reserve list, the declines, the ledger's commitments, the
 * grants' processes and every message are undone with it, and the save point's job stays to be retried.
 */
@IntegrationTest
class OutcomeAllOrNothingTest {

	@Autowired SessionFixtures fx;
	@Autowired Fixtures fixtures;
	@Autowired SessionService sessions;
	@Autowired ReviewSteps steps;
	@Autowired TaskService tasks;
	@Autowired RuntimeService runtime;
	@Autowired ManagementService management;
	@Autowired FundLedger ledger;
	@Autowired ProposalService proposals;
	@Autowired CallService calls;
	@Autowired JdbcTemplate jdbc;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void anAwardThatCannotOpenItsGrantUndoesTheWholeOutcome() {
		fixtures.payIntoFund("100000.00");
		SessionFixtures.Board board = fx.board("AT");
		long call = fx.readyCall();
		long org = fx.ngo().organisationId();
		long first = fx.proposal(call, org, "TH", "1000.00", 1, Recommendation.FUND);
		long second = fx.proposal(call, org, "TH", "1000.00", 2, Recommendation.FUND);
		long third = fx.proposal(call, org, "TH", "1000.00", 3, Recommendation.FUND);
		long reserve = fx.proposal(call, org, "TH", "1000.00", 4, Recommendation.RESERVE);
		long declined = fx.proposal(call, org, "TH", "1000.00", 5, Recommendation.REJECT);
		List<Long> all = List.of(first, second, third, reserve, declined);
		// A grant the second proposal should not have: GrantOpener refuses to open another one.
		jdbc.update("""
				insert into fund_grant (proposal_id, call_id, organisation_id, grant_ref, title, country, amount,
				  disbursed, released, refunded, duration_months, starts_on, ends_on, award_year, accept_by, status,
				  agreement_version, session_id, created_at, lock_version, awarded_on)
				values (?, ?, ?, ?, 'Left behind', 'TH', 1000.00, 0, 0, 0, 12, date '2026-01-01', date '2026-12-31',
				  2026, date '2026-02-01', 'OFFERED', 1, 0, current_timestamp, 0, date '2026-01-01')""", second, call, org,
				"LEFT-" + second);
		long session = sessions.convene(call, SessionKind.MEETING, "fundmanager").getId();
		String pid = tasks.createTaskQuery().processVariableValueEquals(BoardSessionProcess.SESSION_ID, session)
			.singleResult().getProcessInstanceId();
		steps.complete(steps.one(pid, BoardSessionProcess.CAST_VOTES_TASK), board.chair(), Map.of(
				Ballot.field(first), "APPROVE", Ballot.field(second), "APPROVE", Ballot.field(third), "APPROVE",
				Ballot.field(reserve), "APPROVE", Ballot.field(declined), "REJECT"));
		steps.complete(steps.one(pid, BoardSessionProcess.SIGN_OUTCOME_TASK), board.chair(), Map.of());
		Money available = ledger.available();
		int notifications = count("select count(*) from notification");
		int history = count("select count(*) from proposal_event");
		long lifecycles = runtime.createProcessInstanceQuery().processDefinitionKey(GrantLifecycleProcess.KEY).count();
		int reserveEntries = count("select count(*) from reserve_entry");

		assertThatThrownBy(() -> steps.runJobs(pid)).hasStackTraceContaining("already has a grant");

		assertThat(all).allSatisfy(id -> assertThat(proposals.get(id).getStatus()).isEqualTo(ProposalStatus.REVIEWED));
		assertThat(ledger.available()).isEqualTo(available);
		assertThat(count("select count(*) from fund_grant where call_id = " + call)).isEqualTo(1);
		assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(GrantLifecycleProcess.KEY).count())
			.isEqualTo(lifecycles);
		assertThat(count("select count(*) from board_outcome where session_id = " + session)).isZero();
		assertThat(count("select count(*) from reserve_entry")).isEqualTo(reserveEntries);
		assertThat(count("select count(*) from notification")).isEqualTo(notifications);
		assertThat(count("select count(*) from proposal_event")).isEqualTo(history);
		assertThat(sessions.get(session).getStatus()).isEqualTo(SessionStatus.SIGNED);
		assertThat(calls.get(call).getStatus()).isEqualTo(CallStatus.READY_FOR_BOARD);
		assertThat(management.createJobQuery().processInstanceId(pid).messages().singleResult().getExceptionMessage())
			.contains("already has a grant");
	}

	private int count(String sql) {
		return jdbc.queryForObject(sql, Integer.class);
	}
}
