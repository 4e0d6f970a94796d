package org.trustfund.board.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.trustfund.IntegrationTest;
import org.trustfund.board.BoardSessionProcess;
import org.trustfund.proposals.Fixtures;
import org.trustfund.proposals.Recommendation;
import org.trustfund.users.Role;

/** A bad ballot gets a clear error and changes nothing; only the chair signs. */
@IntegrationTest
class SessionBadInputTest {

	@Autowired MockMvc mvc;
	@Autowired SessionFixtures fx;
	@Autowired SessionService sessions;
	@Autowired Voting voting;
	@Autowired BallotBox ballots;
	@Autowired TaskService tasks;
	@Autowired ManagementService management;

	SessionFixtures.Board board;
	long call;
	long first;
	long second;
	long session;

	@BeforeEach
	void setUp() {
		board = fx.board("AT", "NG", "TH");
		call = fx.readyCall();
		long org = fx.ngo().organisationId();
		first = fx.proposal(call, org, "TH", "1000.00", 1, Recommendation.FUND);
		second = fx.proposal(call, org, "KE", "1000.00", 2, Recommendation.FUND);
		session = sessions.convene(call, SessionKind.MEETING, "fundmanager").getId();
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void aVoteOnAProposalOutsideTheSessionIsRefusedWithNothingRecorded() throws Exception {
		long outside = fx.proposal(fx.readyCall(), fx.ngo().organisationId(), "TH", "1000.00", 1, Recommendation.FUND);
		ballot(board.trustee(1), "{\"proposalId\":" + first + ",\"choice\":\"APPROVE\"},{\"proposalId\":" + second
				+ ",\"choice\":\"APPROVE\"},{\"proposalId\":" + outside + ",\"choice\":\"APPROVE\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.votes").value(
					Matchers.containsString("not on this session's agenda")));
		assertThat(voting.votesOf(session, board.trustee(1))).isEmpty();
	}

	@Test
	void aMissingOrUnknownChoiceIsRefusedPerProposal() throws Exception {
		ballot(board.trustee(1), "{\"proposalId\":" + first + ",\"choice\":\"MAYBE\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.choice_" + first).exists())
			.andExpect(jsonPath("$.errors.choice_" + second).value("Choose approve, reject, abstain or recuse"));
		assertThat(voting.votesOf(session, board.trustee(1))).isEmpty();
	}

	@Test
	void aTrusteeVotesOnceAndNotAfterRecusal() throws Exception {
		ballot(board.trustee(1), "{\"proposalId\":" + first + ",\"choice\":\"RECUSE\"},{\"proposalId\":" + second
				+ ",\"choice\":\"APPROVE\",\"comment\":\"Good value\"}").andExpect(status().isCreated())
			.andExpect(jsonPath("$.length()").value(2));
		ballot(board.trustee(1), "{\"proposalId\":" + second + ",\"choice\":\"REJECT\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.choice_" + second)
				.value("You already voted on this proposal"));
		// The Thai trustee was recused automatically from the Thai project.
		ballot(board.trustee(2), "{\"proposalId\":" + first + ",\"choice\":\"APPROVE\"},{\"proposalId\":" + second
				+ ",\"choice\":\"APPROVE\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.choice_" + first).value("You are recused from this proposal"));
		assertThat(voting.votesOf(session, board.trustee(2))).singleElement()
			.satisfies(v -> assertThat(v.isAutomatic()).isTrue());
	}

	@Test
	void noVoteAfterTheDeadlineAndNoneFromATrusteeOutsideTheSession() throws Exception {
		String outsider = fx.user(EnumSet.of(Role.TRUSTEE));
		ballot(outsider, "{\"proposalId\":" + first + ",\"choice\":\"APPROVE\"}").andExpect(status().isForbidden());
		String pid = tasks.createTaskQuery().processVariableValueEquals(BoardSessionProcess.SESSION_ID, session)
			.list().get(0).getProcessInstanceId();
		management.executeJob(management.createJobQuery().processInstanceId(pid)
			.activityId(BoardSessionProcess.DEADLINE_TIMER).singleResult().getId());
		ballot(board.chair(), "{\"proposalId\":" + first + ",\"choice\":\"APPROVE\"},{\"proposalId\":" + second
				+ ",\"choice\":\"APPROVE\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("closed")));
		assertThat(voting.votesOf(session, board.chair())).isEmpty();
	}

	@Test
	void theVotingFormShowsTheErrorAndKeepsTheTaskOpen() throws Exception {
		String taskId = ballots.votingTask(session, board.trustee(1)).getId();
		mvc.perform(get("/tasks/" + taskId).with(httpBasic(board.trustee(1), Fixtures.PASSWORD)))
			.andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("choice_" + second)));
		mvc.perform(post("/tasks/" + taskId + "/complete").with(csrf()).with(httpBasic(board.trustee(1), Fixtures.PASSWORD))
			.param("choice_" + first, "APPROVE")).andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("Choose approve, reject, abstain or recuse")));
		assertThat(ballots.votingTask(session, board.trustee(1))).isNotNull();
		assertThat(voting.votesOf(session, board.trustee(1))).isEmpty();
	}

	@Test
	void onlyTheSessionsChairSigns() throws Exception {
		String pid = tasks.createTaskQuery().processVariableValueEquals(BoardSessionProcess.SESSION_ID, session)
			.list().get(0).getProcessInstanceId();
		management.executeJob(management.createJobQuery().processInstanceId(pid)
			.activityId(BoardSessionProcess.DEADLINE_TIMER).singleResult().getId());
		String sign = tasks.createTaskQuery().processInstanceId(pid).taskDefinitionKey(BoardSessionProcess.SIGN_OUTCOME_TASK)
			.singleResult().getId();
		String otherChair = fx.user(EnumSet.of(Role.TRUSTEE, Role.BOARD_CHAIR));
		for (String user : new String[] { board.trustee(1), otherChair }) {
			mvc.perform(post("/api/tasks/" + sign + "/complete").with(httpBasic(user, Fixtures.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().is(Matchers.oneOf(403, 409)));
		}
		mvc.perform(post("/api/tasks/" + sign + "/complete").with(httpBasic(board.chair(), Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"Signed in Vienna\"}"))
			.andExpect(status().isNoContent());
		assertThat(sessions.get(session).getSignatureNote()).isEqualTo("Signed in Vienna");
	}

	private ResultActions ballot(String user, String lines) throws Exception {
		return mvc.perform(post("/api/board/sessions/" + session + "/votes").with(httpBasic(user, Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"votes\":[" + lines + "]}"));
	}
}
