package org.trustfund.board.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.trustfund.IntegrationTest;
import org.trustfund.board.BoardSessionProcess;
import org.trustfund.proposals.Fixtures;
import org.trustfund.proposals.Recommendation;
import org.trustfund.proposals.ReviewSteps;

/** After the Board decided, the NGO sees the outcome and its reason on its proposal, never votes or trustees. */
@IntegrationTest
class NgoSeesOnlyTheOutcomeTest {

	@Autowired MockMvc mvc;
	@Autowired SessionFixtures fx;
	@Autowired Fixtures fixtures;
	@Autowired SessionService sessions;
	@Autowired ReviewSteps steps;
	@Autowired TaskService tasks;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void theProposalPageShowsTheOutcomeWithoutVotesOrNames() throws Exception {
		SessionFixtures.Board board = fx.board("AT", "NG", "FR");
		long call = fx.readyCall();
		Fixtures.Ngo ngo = fx.ngo();
		fixtures.cheapPassword(ngo.username());
		long p = fx.proposal(call, ngo.organisationId(), "TH", "1000.00", 1, Recommendation.REJECT);
		long session = sessions.convene(call, SessionKind.MEETING, "fundmanager").getId();
		String pid = tasks.createTaskQuery().processVariableValueEquals(BoardSessionProcess.SESSION_ID, session).list()
			.get(0).getProcessInstanceId();
		for (String t : board.trustees()) {
			steps.complete(tasks.createTaskQuery().processInstanceId(pid).taskAssignee(t).singleResult(), t,
					Map.of(Ballot.field(p), "REJECT", "comment_" + p, "Secret remark of " + t));
		}
		steps.complete(steps.one(pid, BoardSessionProcess.SIGN_OUTCOME_TASK), board.chair(), Map.of());
		steps.runJobs(pid);

		String page = mvc.perform(get("/proposals/" + p).with(httpBasic(ngo.username(), Fixtures.PASSWORD)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Not approved by the Board").contains("The Board of Trustees did not approve");
		board.trustees().forEach(t -> assertThat(page).doesNotContain(t));
		assertThat(page).doesNotContain("Secret remark");
		mvc.perform(get("/board/sessions/" + session + "/minutes").with(httpBasic(ngo.username(), Fixtures.PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/board/sessions/" + session + "/minutes").with(httpBasic(board.trustee(1), Fixtures.PASSWORD)))
			.andExpect(status().isOk());
	}
}
