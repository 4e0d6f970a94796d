package org.trustfund.board.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.trustfund.PostgresTest;
import org.trustfund.board.BoardSessionProcess;
import org.trustfund.proposals.Fixtures;
import org.trustfund.proposals.Recommendation;
import org.trustfund.proposals.ReviewSteps;

/**
 * On PostgreSQL, which refuses writes in a read-only transaction: the chair reads the minutes (a read-only
 * preview of what the votes decide) before signing, and they count the votes without writing Camunda's decision
 * history; signing then decides and records it. (Found by a probe: the chair's signing page answered 500.)
 */
@PostgresTest
class PostgresBoardMinutesTest {

	@Autowired SessionFixtures fx;
	@Autowired Fixtures fixtures;
	@Autowired SessionService sessions;
	@Autowired BoardPapers papers;
	@Autowired ReviewSteps steps;
	@Autowired TaskService tasks;
	@Autowired HistoryService history;

	@Test
	void theMinutesBeforeSigningCountTheVotesWithoutWritingAndSigningRecordsTheDecision() {
		fixtures.payIntoFund("100000.00");
		SessionFixtures.Board board = fx.board("AT");
		long call = fx.readyCall();
		long org = fx.ngo().organisationId();
		long approved = fx.proposal(call, org, "TH", "1000.00", 1, Recommendation.FUND);
		long session = sessions.convene(call, SessionKind.MEETING, "fundmanager").getId();
		String pid = tasks.createTaskQuery().processVariableValueEquals(BoardSessionProcess.SESSION_ID, session)
			.singleResult().getProcessInstanceId();
		steps.complete(steps.one(pid, BoardSessionProcess.CAST_VOTES_TASK), board.chair(),
				Map.of(Ballot.field(approved), "APPROVE"));

		long decisionsBefore = history.createHistoricDecisionInstanceQuery().count();
		BoardPapers.Minutes minutes = papers.minutes(session);
		assertThat(minutes.lines()).singleElement().satisfies(line -> {
			assertThat(line.proposal().getId()).isEqualTo(approved);
			assertThat(line.tally().decision()).isEqualTo(Decision.APPROVED);
		});
		assertThat(history.createHistoricDecisionInstanceQuery().count()).isEqualTo(decisionsBefore);

		steps.complete(steps.one(pid, BoardSessionProcess.SIGN_OUTCOME_TASK), board.chair(), Map.of());
		steps.runJobs(pid);
		assertThat(history.createHistoricDecisionInstanceQuery().count()).isGreaterThan(decisionsBefore);
	}
}
