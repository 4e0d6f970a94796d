package org.trustfund.board.session;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.trustfund.IntegrationTest;
import org.trustfund.board.BoardSessionProcess;
import org.trustfund.proposals.Fixtures;
import org.trustfund.proposals.Recommendation;
import org.trustfund.users.Role;

/** Every session page and endpoint, role by role: who reads, who convenes, who votes. */
@IntegrationTest
class SessionRolesTest {

	@Autowired MockMvc mvc;
	@Autowired SessionFixtures fx;
	@Autowired Fixtures fixtures;
	@Autowired SessionService sessions;
	@Autowired TaskService tasks;

	Map<String, String> byRole = new HashMap<>();
	long session;
	long proposal;
	long otherCall;

	@BeforeEach
	void setUp() {
		SessionFixtures.Board board = fx.board("AT", "NG", "FR");
		long call = fx.readyCall();
		Fixtures.Ngo ngo = fx.ngo();
		fixtures.cheapPassword(ngo.username());
		proposal = fx.proposal(call, ngo.organisationId(), "TH", "1000.00", 1, Recommendation.FUND);
		session = sessions.convene(call, SessionKind.MEETING, "fundmanager").getId();
		otherCall = fx.readyCall();
		fx.proposal(otherCall, ngo.organisationId(), "TH", "1000.00", 1, Recommendation.FUND);
		byRole.put("ngo", ngo.username());
		byRole.put("reviewer", fx.user(EnumSet.of(Role.REVIEWER)));
		byRole.put("fundmanager", fx.user(EnumSet.of(Role.FUND_MANAGER)));
		byRole.put("admin", fx.user(EnumSet.of(Role.ADMIN)));
		byRole.put("trustee", board.trustee(1));
		byRole.put("boardchair", board.chair());
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	static Stream<Arguments> readers() {
		return Stream.of(Arguments.of("ngo", 403), Arguments.of("reviewer", 403), Arguments.of("fundmanager", 200),
				Arguments.of("trustee", 200), Arguments.of("boardchair", 200), Arguments.of("admin", 200));
	}

	static Stream<Arguments> paperReaders() {
		return Stream.of(Arguments.of("ngo", 403), Arguments.of("reviewer", 403), Arguments.of("fundmanager", 200),
				Arguments.of("trustee", 200), Arguments.of("boardchair", 200), Arguments.of("admin", 403));
	}

	static Stream<Arguments> fundManagers() {
		return Stream.of(Arguments.of("ngo", 403), Arguments.of("reviewer", 403), Arguments.of("fundmanager", 200),
				Arguments.of("trustee", 403), Arguments.of("boardchair", 403), Arguments.of("admin", 403));
	}

	static Stream<Arguments> voters() {
		return Stream.of(Arguments.of("ngo", 403), Arguments.of("reviewer", 403), Arguments.of("fundmanager", 403),
				Arguments.of("trustee", 200), Arguments.of("boardchair", 200), Arguments.of("admin", 403));
	}

	@ParameterizedTest
	@MethodSource("readers")
	void sessionsAndMinutesAreForTheBoardFundManagersAndAdministrators(String role, int expected) throws Exception {
		for (String url : new String[] { "/board/sessions", "/board/sessions/" + session,
				"/board/sessions/" + session + "/minutes", "/api/board/sessions", "/api/board/sessions/" + session }) {
			mvc.perform(as(role, get(url))).andExpect(status().is(expected));
		}
		// The minutes exist once voting has closed.
		mvc.perform(as(role, get("/api/board/sessions/" + session + "/minutes")))
			.andExpect(status().is(expected == 200 ? 409 : expected));
	}

	@ParameterizedTest
	@MethodSource("paperReaders")
	void theBoardPapersAreForTrusteesAndFundManagers(String role, int expected) throws Exception {
		mvc.perform(as(role, get("/board/sessions/" + session + "/papers"))).andExpect(status().is(expected));
		mvc.perform(as(role, get("/api/board/sessions/" + session + "/papers"))).andExpect(status().is(expected));
	}

	@ParameterizedTest
	@MethodSource("fundManagers")
	void onlyFundManagersConvene(String role, int expected) throws Exception {
		mvc.perform(as(role, get("/board/sessions/new"))).andExpect(status().is(expected));
		mvc.perform(as(role, post("/api/board/sessions").contentType(MediaType.APPLICATION_JSON)
			.content("{\"callId\":" + otherCall + ",\"kind\":\"WRITTEN\"}")))
			.andExpect(status().is(expected == 200 ? 201 : expected));
	}

	@ParameterizedTest
	@MethodSource("voters")
	void onlySittingTrusteesVote(String role, int expected) throws Exception {
		mvc.perform(as(role, get("/api/board/sessions/" + session + "/votes"))).andExpect(status().is(expected));
		mvc.perform(as(role, post("/api/board/sessions/" + session + "/votes").contentType(MediaType.APPLICATION_JSON)
			.content("{\"votes\":[{\"proposalId\":" + proposal + ",\"choice\":\"APPROVE\"}]}")))
			.andExpect(status().is(expected == 200 ? 201 : expected));
	}

	/** Issue #10: a trustee's ballot is offered to no group; everyone else gets 403 problem details. */
	@ParameterizedTest
	@MethodSource("notTheBallotsTrustee")
	void aBallotIsItsTrusteesAlone(String role) throws Exception {
		String ballot = tasks.createTaskQuery().processInstanceBusinessKey(Long.toString(session))
			.taskDefinitionKey(BoardSessionProcess.CAST_VOTES_TASK).taskAssignee(byRole.get("trustee")).singleResult()
			.getId();
		mvc.perform(as("trustee", get("/api/tasks/" + ballot))).andExpect(status().isOk());
		mvc.perform(as("trustee", get("/tasks/" + ballot))).andExpect(status().isOk());

		mvc.perform(as(role, get("/api/tasks"))).andExpect(status().isOk())
			.andExpect(content().string(not(containsString(ballot))));
		mvc.perform(as(role, get("/api/tasks/" + ballot))).andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(as(role, post("/api/tasks/" + ballot + "/claim"))).andExpect(status().isForbidden());
		mvc.perform(as(role, post("/api/tasks/" + ballot + "/complete").contentType(MediaType.APPLICATION_JSON)
			.content("{\"" + Ballot.field(proposal) + "\":\"APPROVE\"}"))).andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		Assertions.assertThat(tasks.createTaskQuery().taskId(ballot).singleResult().getAssignee())
			.isEqualTo(byRole.get("trustee"));
	}

	/** Giving one's own ballot back would leave it to nobody: it is refused, and the ballot stays the trustee's. */
	@Test
	void aTrusteeCannotGiveTheirBallotBack() throws Exception {
		String ballot = tasks.createTaskQuery().processInstanceBusinessKey(Long.toString(session))
			.taskDefinitionKey(BoardSessionProcess.CAST_VOTES_TASK).taskAssignee(byRole.get("trustee")).singleResult()
			.getId();
		mvc.perform(as("trustee", post("/api/tasks/" + ballot + "/unclaim"))).andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		Assertions.assertThat(tasks.createTaskQuery().taskId(ballot).singleResult().getAssignee())
			.isEqualTo(byRole.get("trustee"));
		mvc.perform(as("trustee", get("/api/tasks/" + ballot))).andExpect(status().isOk());
	}

	static Stream<Arguments> notTheBallotsTrustee() {
		return Stream.of("boardchair", "fundmanager", "admin", "reviewer", "ngo").map(Arguments::of);
	}

	@Test
	void anonymousVisitorsAreSentToLoginOrGet401() throws Exception {
		mvc.perform(get("/board/sessions")).andExpect(status().isFound());
		mvc.perform(get("/board/sessions/" + session + "/papers")).andExpect(status().isFound());
		mvc.perform(get("/api/board/sessions")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/board/sessions/" + session + "/minutes")).andExpect(status().isUnauthorized());
	}

	private MockHttpServletRequestBuilder as(String role, MockHttpServletRequestBuilder request) {
		return request.with(httpBasic(byRole.get(role), Fixtures.PASSWORD));
	}
}
