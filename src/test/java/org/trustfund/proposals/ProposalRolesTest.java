package org.trustfund.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.trustfund.IntegrationTest;
import org.trustfund.calls.Call;
import org.trustfund.calls.CallService;
import org.trustfund.users.Role;

/** Who may open each page and call each endpoint of calls, proposals and reviews. */
@IntegrationTest
class ProposalRolesTest {

	@Autowired MockMvc mvc;
	@Autowired ObjectMapper json;
	@Autowired Fixtures fixtures;
	@Autowired ReviewSteps steps;
	@Autowired CallService calls;
	@Autowired ProposalService proposals;
	@Autowired org.camunda.bpm.engine.RuntimeService runtime;

	String fm, admin, trustee, assignedReviewer, otherReviewer;
	Fixtures.Ngo owner, otherNgo;
	Call call, draftCall;
	Proposal proposal, draft;

	@BeforeEach
	void setUp() {
		fm = fixtures.user(Role.FUND_MANAGER);
		admin = fixtures.user(Role.ADMIN);
		trustee = fixtures.user(Role.TRUSTEE);
		fixtures.user(Role.REVIEWER);
		fixtures.user(Role.REVIEWER);
		owner = fixtures.verifiedNgo("TH");
		otherNgo = fixtures.verifiedNgo("TH");
		call = fixtures.openCall();
		draftCall = calls.draft(Fixtures.callForm(), fm);
		proposal = fixtures.submitted(call.getId(), owner);
		draft = proposals.draft(call.getId(), owner.organisationId(), Fixtures.proposalForm("TH", "1000.00"),
				owner.username());
		Fixtures.attachWorkPlan(proposals, draft.getId(), owner.username());
		String pid = fixtures.reviewOf(proposal.getId()).getId();
		steps.screen(pid, fm, "accept", "");
		List<Task> declarations = steps.open(pid, ReviewProcess.DECLARE_CONFLICT_TASK);
		assignedReviewer = declarations.get(0).getAssignee();
		otherReviewer = fixtures.user(Role.REVIEWER);
		
	}

	private int status(String username, MockHttpServletRequestBuilder request) throws Exception {
		return response(username, request).getStatus();
	}

	private MockHttpServletResponse response(String username, MockHttpServletRequestBuilder request) throws Exception {
		if (username != null) {
			request = request.with(user(steps.user(username)));
		}
		return mvc.perform(request.with(csrf())).andReturn().getResponse();
	}

	private MockHttpServletRequestBuilder jsonPut(String url, Object body) throws Exception {
		return put(url).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
	}

	private MockHttpServletRequestBuilder jsonPost(String url, Object body) throws Exception {
		return post(url).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
	}

	@Test
	void anonymousVisitorsAreSentToLoginAndTheApiAnswers401() throws Exception {
		assertThat(status(null, get("/calls"))).isEqualTo(302);
		assertThat(status(null, get("/proposals/" + proposal.getId()))).isEqualTo(302);
		assertThat(status(null, get("/api/proposals"))).isEqualTo(401);
		assertThat(status(null, get("/api/calls"))).isEqualTo(401);
	}

	@Test
	void everyoneLoggedInSeesPublishedCallsButOnlyFundManagersSeeDrafts() throws Exception {
		for (String u : List.of(fm, admin, trustee, owner.username(), assignedReviewer)) {
			assertThat(status(u, get("/calls"))).as(u).isEqualTo(200);
			assertThat(status(u, get("/api/calls"))).as(u).isEqualTo(200);
			assertThat(status(u, get("/calls/" + call.getId()))).as(u).isEqualTo(200);
		}
		assertThat(status(fm, get("/calls/" + draftCall.getId()))).isEqualTo(200);
		assertThat(status(fm, get("/api/calls/" + draftCall.getId()))).isEqualTo(200);
		for (String u : List.of(trustee, owner.username(), assignedReviewer)) {
			assertThat(status(u, get("/calls/" + draftCall.getId()))).as(u).isEqualTo(404);
			assertThat(status(u, get("/api/calls/" + draftCall.getId()))).as(u).isEqualTo(404);
		}
		assertThat(response(owner.username(), get("/api/calls")).getContentAsString())
			.doesNotContain("\"id\":" + draftCall.getId() + ",");
	}

	@Test
	void onlyFundManagersDraftEditAndPublishCalls() throws Exception {
		assertThat(status(fm, get("/calls/new"))).isEqualTo(200);
		assertThat(status(fm, get("/calls/" + draftCall.getId() + "/edit"))).isEqualTo(200);
		assertThat(status(fm, jsonPost("/api/calls", Fixtures.callForm()))).isEqualTo(201);
		assertThat(status(fm, jsonPut("/api/calls/" + draftCall.getId(), Fixtures.callForm()))).isEqualTo(200);
		for (String u : List.of(admin, trustee, owner.username(), assignedReviewer)) {
			assertThat(status(u, get("/calls/new"))).as(u).isEqualTo(403);
			assertThat(status(u, post("/calls/new"))).as(u).isEqualTo(403);
			assertThat(status(u, get("/calls/" + draftCall.getId() + "/edit"))).as(u).isEqualTo(403);
			assertThat(status(u, post("/calls/" + draftCall.getId() + "/publish"))).as(u).isEqualTo(403);
			assertThat(status(u, jsonPost("/api/calls", Fixtures.callForm()))).as(u).isEqualTo(403);
			assertThat(status(u, jsonPut("/api/calls/" + draftCall.getId(), Fixtures.callForm()))).as(u).isEqualTo(403);
			assertThat(status(u, post("/api/calls/" + draftCall.getId() + "/publish"))).as(u).isEqualTo(403);
		}
		assertThat(status(fm, post("/api/calls/" + draftCall.getId() + "/publish"))).isEqualTo(200);
	}

	@Test
	void proposalListsShowEachRoleItsOwnShare() throws Exception {
		assertThat(response(owner.username(), get("/api/proposals")).getContentAsString())
			.contains("\"id\":" + proposal.getId() + ",");
		assertThat(response(otherNgo.username(), get("/api/proposals")).getContentAsString()).isEqualTo("[]");
		assertThat(response(assignedReviewer, get("/api/proposals")).getContentAsString())
			.contains("\"id\":" + proposal.getId() + ",");
		assertThat(response(otherReviewer, get("/api/proposals")).getContentAsString()).isEqualTo("[]");
		assertThat(response(fm, get("/api/proposals")).getContentAsString()).contains("\"id\":" + proposal.getId() + ",");
		for (String u : List.of(fm, owner.username(), assignedReviewer)) {
			assertThat(status(u, get("/proposals"))).as(u).isEqualTo(200);
		}
		assertThat(status(trustee, get("/proposals"))).isEqualTo(403);
		assertThat(status(trustee, get("/api/proposals"))).isEqualTo(403);
	}

	@Test
	void aProposalIsReadByTheFundManagerItsOrganisationAndItsAssignedReviewersOnly() throws Exception {
		String id = proposal.getId().toString();
		for (String u : List.of(fm, admin, owner.username(), assignedReviewer)) {
			assertThat(status(u, get("/proposals/" + id))).as(u).isEqualTo(200);
			assertThat(status(u, get("/api/proposals/" + id))).as(u).isEqualTo(200);
		}
		for (String u : List.of(fm, admin, assignedReviewer)) {
			assertThat(status(u, get("/proposals/" + id + "/process"))).as(u).isEqualTo(200);
		}
		// the diagram is for staff: its own NGO follows the proposal on the progress bar of the proposal page
		assertThat(status(owner.username(), get("/proposals/" + id + "/process"))).isEqualTo(403);
		for (String u : List.of(otherNgo.username(), otherReviewer, trustee)) {
			assertThat(status(u, get("/proposals/" + id))).as(u).isEqualTo(403);
			assertThat(status(u, get("/api/proposals/" + id))).as(u).isEqualTo(403);
			assertThat(status(u, get("/proposals/" + id + "/process"))).as(u).isEqualTo(403);
			assertThat(status(u, get("/api/proposals/" + id + "/reviews"))).as(u).isEqualTo(403);
		}
	}

	@Test
	void onlyTheOrganisationChangesAttachesAndSubmitsItsDraft() throws Exception {
		String id = draft.getId().toString();
		for (String u : List.of(otherNgo.username(), fm, assignedReviewer, trustee)) {
			assertThat(status(u, get("/proposals/" + id + "/edit"))).as(u).isEqualTo(403);
			assertThat(status(u, post("/proposals/" + id + "/submit"))).as(u).isEqualTo(403);
			assertThat(status(u, jsonPut("/api/proposals/" + id, Fixtures.proposalForm("TH", "10.00")))).as(u)
				.isEqualTo(403);
			assertThat(status(u, post("/api/proposals/" + id + "/submit"))).as(u).isEqualTo(403);
		}
		for (String u : List.of(fm, assignedReviewer, trustee)) {
			assertThat(status(u, jsonPost("/api/calls/" + call.getId() + "/proposals", Fixtures.proposalForm("TH", "10.00"))))
				.as(u).isEqualTo(403);
			assertThat(status(u, get("/calls/" + call.getId() + "/proposals/new"))).as(u).isEqualTo(403);
		}
		assertThat(proposals.get(draft.getId()).getStatus()).isEqualTo(ProposalStatus.DRAFT);
		// The check runs inside the submission's transaction (issue 15): a refusal leaves no review behind.
		assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ReviewProcess.KEY).processInstanceBusinessKey(id).count()).isZero();
		assertThat(proposals.history(draft.getId())).noneMatch(e -> "SUBMITTED".equals(e.getAction()));
		assertThat(status(owner.username(), get("/proposals/" + id + "/edit"))).isEqualTo(200);
		assertThat(status(owner.username(), get("/calls/" + call.getId() + "/proposals/new"))).isEqualTo(200);
		assertThat(status(owner.username(), jsonPut("/api/proposals/" + id, Fixtures.proposalForm("TH", "10.00"))))
			.isEqualTo(200);
		assertThat(status(owner.username(), post("/api/proposals/" + id + "/submit"))).isEqualTo(200);
		assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ReviewProcess.KEY).processInstanceBusinessKey(id).count()).isOne();
	}

	@Test
	void aReviewerSeesOnlyTheirOwnReviewUntilTheyHaveSubmittedIt() throws Exception {
		String pid = fixtures.reviewOf(proposal.getId()).getId();
		steps.open(pid, ReviewProcess.DECLARE_CONFLICT_TASK).forEach(t -> steps.declare(t, false, ""));
		List<Task> scoring = steps.open(pid, ReviewProcess.SCORE_TASK);
		Task mine = scoring.stream().filter(t -> t.getAssignee().equals(assignedReviewer)).findFirst().orElseThrow();
		Task theirs = scoring.stream().filter(t -> t != mine).findFirst().orElseThrow();
		steps.score(theirs, 1, 2, 3);

		String before = response(assignedReviewer, get("/api/proposals/" + proposal.getId() + "/reviews"))
			.getContentAsString();
		assertThat(before).contains(assignedReviewer).doesNotContain(theirs.getAssignee());
		assertThat(response(assignedReviewer, get("/proposals/" + proposal.getId())).getContentAsString())
			.doesNotContain(theirs.getAssignee());

		steps.score(mine, 4, 4, 4);
		assertThat(response(assignedReviewer, get("/api/proposals/" + proposal.getId() + "/reviews")).getContentAsString())
			.contains(theirs.getAssignee());
		assertThat(response(fm, get("/api/proposals/" + proposal.getId() + "/reviews")).getContentAsString())
			.contains(theirs.getAssignee(), assignedReviewer);
		assertThat(status(owner.username(), get("/api/proposals/" + proposal.getId() + "/reviews"))).isEqualTo(403);
	}

	@Test
	void aCallsProposalsAndProcessAreForFundManagersItsRecommendationAlsoForTrustees() throws Exception {
		String base = "/calls/" + call.getId();
		assertThat(status(fm, get(base + "/proposals"))).isEqualTo(200);
		assertThat(status(fm, get("/api" + base + "/proposals"))).isEqualTo(200);
		assertThat(status(fm, get(base + "/process"))).isEqualTo(200);
		assertThat(status(fm, get(base + "/recommendation"))).isEqualTo(200);
		assertThat(status(trustee, get(base + "/recommendation"))).isEqualTo(200);
		assertThat(status(trustee, get("/api" + base + "/recommendation"))).isEqualTo(200);
		for (String u : List.of(owner.username(), assignedReviewer)) {
			assertThat(status(u, get(base + "/proposals"))).as(u).isEqualTo(403);
			assertThat(status(u, get("/api" + base + "/proposals"))).as(u).isEqualTo(403);
			assertThat(status(u, get(base + "/process"))).as(u).isEqualTo(403);
			assertThat(status(u, get(base + "/recommendation"))).as(u).isEqualTo(403);
			assertThat(status(u, get("/api" + base + "/recommendation"))).as(u).isEqualTo(403);
		}
		for (String u : List.of(trustee, owner.username(), assignedReviewer)) {
			assertThat(status(u, jsonPost("/api" + base + "/recommendation/" + proposal.getId(),
					Map.of("recommendation", "FUND", "reason", "x")))).as(u).isEqualTo(403);
			assertThat(status(u, post(base + "/recommendation/" + proposal.getId()))).as(u).isEqualTo(403);
		}
	}

	@Test
	void anNgoSeesItsTaskButNotAnotherOrganisationsTask() throws Exception {
		String pid = fixtures.reviewOf(fixtures.submitted(call.getId(), owner).getId()).getId();
		steps.screen(pid, fm, "clarify", "Which city?");
		Task answer = steps.one(pid, ReviewProcess.ANSWER_TASK);
		assertThat(status(owner.username(), get("/tasks/" + answer.getId()))).isEqualTo(200);
		assertThat(status(otherNgo.username(), get("/tasks/" + answer.getId()))).isEqualTo(403);
		assertThat(status(otherNgo.username(), post("/api/tasks/" + answer.getId() + "/complete")
			.contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"x\"}"))).isEqualTo(403);
		assertThat(status(otherReviewer, get("/tasks/" + steps.open(fixtures.reviewOf(proposal.getId()).getId(),
				ReviewProcess.DECLARE_CONFLICT_TASK).get(0).getId()))).isEqualTo(403);
	}
}
