package org.trustfund.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.trustfund.ServerTest;
import org.trustfund.grants.GrantFixtures;
import org.trustfund.grants.GrantLifecycleProcess;
import org.trustfund.proposals.Fixtures;
import org.trustfund.proposals.ProposalService;
import org.trustfund.proposals.ReviewProcess;

/**
 * Five people (or one impatient double-click) act on one record at the same instant, over real HTTP
 * from real threads: exactly one succeeds, the others get 409 problem details, never 500, and the
 * record is changed once.
 */
@ServerTest
class ConcurrentChangesTest {

	private static final int AT_ONCE = 5;

	@LocalServerPort int port;
	@Autowired Fixtures fixtures;
	@Autowired GrantFixtures grants;
	@Autowired ProposalService proposals;
	@Autowired RuntimeService runtime;
	@Autowired HistoryService history;
	@Autowired JdbcTemplate jdbc;
	private HttpCalls http;

	@BeforeEach
	void server() {
		http = new HttpCalls(port);
	}

	@Test
	void fiveSimultaneousSubmitsOfOneProposalSubmitItOnce() throws Exception {
		Fixtures.Ngo ngo = fixtures.verifiedNgo("TH");
		long callId = fixtures.openCall().getId();
		long id = proposals.draft(callId, ngo.organisationId(), Fixtures.proposalForm("TH", "40000.00"), ngo.username())
			.getId();
		Fixtures.attachWorkPlan(proposals, id, ngo.username());

		List<Integer> statuses = http.atOnce(AT_ONCE,
				() -> http.json("POST", "/api/proposals/" + id + "/submit", ngo.username(), null));

		assertOneSuccessRestConflict(statuses);
		assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ReviewProcess.KEY)
			.processInstanceBusinessKey(Long.toString(id)).count()).as("review processes started").isEqualTo(1);
		assertThat(jdbc.queryForObject("select status from proposal where id = ?", String.class, id))
			.isNotEqualTo("DRAFT");
	}

	@Test
	void fiveSimultaneousAcceptancesOfOneGrantAcceptItOnce() throws Exception {
		GrantFixtures.Awarded a = grants.award("20000.00", 12);

		List<Integer> statuses = http.atOnce(AT_ONCE, () -> http.json("POST", "/api/grants/" + a.grantId()
				+ "/acceptance", a.ngo().username(), "{\"decision\":\"accept\",\"note\":\"\"}"));

		assertOneSuccessRestConflict(statuses);
		assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(a.instanceId())
			.taskDefinitionKey(GrantLifecycleProcess.ACCEPT_AGREEMENT_TASK).finished().count()).isEqualTo(1);
		assertThat(grants.open(a.instanceId(), GrantLifecycleProcess.ACCEPT_AGREEMENT_TASK)).isEmpty();
	}

	@Test
	void simultaneousCompletionsOfOneTaskCompleteItOnce() throws Exception {
		GrantFixtures.Awarded a = grants.award("20000.00", 12);
		String taskId = grants.task(a.instanceId(), GrantLifecycleProcess.ACCEPT_AGREEMENT_TASK).getId();

		List<Integer> statuses = http.atOnce(AT_ONCE, () -> http.json("POST", "/api/tasks/" + taskId + "/complete",
				a.ngo().username(), "{\"decision\":\"accept\"}"));

		assertOneSuccessRestConflict(statuses);
		assertThat(history.createHistoricTaskInstanceQuery().taskId(taskId).finished().count()).isEqualTo(1);
		assertThat(grants.open(a.instanceId(), GrantLifecycleProcess.ACCEPT_AGREEMENT_TASK)).isEmpty();
	}

	private static void assertOneSuccessRestConflict(List<Integer> statuses) {
		assertThat(statuses).as("statuses of " + AT_ONCE + " simultaneous requests").hasSize(AT_ONCE);
		assertThat(statuses.stream().filter(s -> s >= 200 && s < 300).count()).as("successes in " + statuses)
			.isEqualTo(1);
		assertThat(statuses.stream().filter(s -> s >= 300).toList()).as("the others in " + statuses)
			.containsOnly(409);
	}
}
