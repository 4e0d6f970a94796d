package org.trustfund.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.trustfund.IntegrationTest;
import org.trustfund.calls.CallProcess;
import org.trustfund.users.Role;

/**
 * The whole journey through the HTTP API, as each role: a call, proposals from two NGOs, screening with a
 * clarification, two reviews each, a moderation, the ranked recommendation and its hand-over to the Board.
 */
@IntegrationTest
class ProposalApiEndToEndTest {

	@Autowired MockMvc mvc;
	@Autowired ObjectMapper json;
	@Autowired Fixtures fixtures;
	@Autowired ReviewSteps steps;

	private JsonNode call(String username, MockHttpServletRequestBuilder request, int status) throws Exception {
		String body = mvc.perform(request.with(user(steps.user(username))).with(csrf()))
			.andExpect(r -> assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString())
				.isEqualTo(status))
			.andReturn().getResponse().getContentAsString();
		return body.isEmpty() ? null : json.readTree(body);
	}

	private JsonNode send(String username, MockHttpServletRequestBuilder request, Object body, int status)
			throws Exception {
		return call(username, request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)),
				status);
	}

	private String taskOf(String username, String taskKey, long proposalOrCallId) throws Exception {
		// the task list is paged, newest first; other tests' tasks (some created while the clock was moved
		// forward) share the database, so ask for this kind of task only, in the largest page
		JsonNode list = call(username, get("/api/tasks").param("kind", taskKey).param("size", "200"), 200);
		return StreamSupport.stream(list.spliterator(), false)
			.filter(t -> t.get("taskKey").asText().equals(taskKey)
					&& t.get("businessKey").asText().equals(Long.toString(proposalOrCallId)))
			.map(t -> t.get("id").asText()).findFirst()
			.orElseThrow(() -> new AssertionError(username + " has no " + taskKey + " task for " + proposalOrCallId));
	}

	private void complete(String username, String taskId, Map<String, ?> fields) throws Exception {
		send(username, post("/api/tasks/" + taskId + "/complete"), fields, 204);
	}

	private long submitProposal(Fixtures.Ngo ngo, long callId, String amount) throws Exception {
		JsonNode draft = send(ngo.username(), post("/api/calls/" + callId + "/proposals"),
				Fixtures.proposalForm("TH", amount), 201);
		long id = draft.get("id").asLong();
		MockMultipartFile pdf = new MockMultipartFile("file", "budget.pdf", "application/pdf",
				"%PDF-1.4\n%budget\n%%EOF\n".getBytes());
		JsonNode withFile = call(ngo.username(), multipart("/api/proposals/" + id + "/attachments").file(pdf), 201);
		assertThat(withFile.at("/attachments/0/sha256").asText()).hasSize(64);
		JsonNode submitted = call(ngo.username(), post("/api/proposals/" + id + "/submit"), 200);
		assertThat(submitted.get("status").asText()).isEqualTo("SCREENING");
		return id;
	}

	/** Each of the proposal's reviewers declares no conflict and scores it. */
	private void review(long proposalId, int[] first, int[] second) throws Exception {
		String pid = fixtures.reviewOf(proposalId).getId();
		List<Task> declarations = steps.open(pid, ReviewProcess.DECLARE_CONFLICT_TASK);
		assertThat(declarations).hasSize(2);
		for (Task t : declarations) {
			String reviewer = t.getAssignee();
			assertThat(call(reviewer, get("/api/proposals/" + proposalId), 200).get("title").asText()).isNotBlank();
			complete(reviewer, taskOf(reviewer, ReviewProcess.DECLARE_CONFLICT_TASK, proposalId),
					Map.of("conflicted", "false"));
		}
		for (int i = 0; i < 2; i++) {
			String reviewer = declarations.get(i).getAssignee();
			int[] s = i == 0 ? first : second;
			if (i == 0) {
				assertThat(call(reviewer, get("/api/proposals/" + proposalId + "/reviews"), 200)).hasSize(1);
			}
			complete(reviewer, taskOf(reviewer, ReviewProcess.SCORE_TASK, proposalId),
					Map.of("score0", s[0], "score1", s[1], "score2", s[2], "comments", "Solid"));
			steps.runJobs(pid);
		}
	}

	@Test
	void aCallTwoNgosScreeningClarificationReviewsModerationAndTheRankedRecommendation() throws Exception {
		// The envelope binds: the fund holds at least as much as the envelope.
		fixtures.payIntoFund("100000.00");
		String fm = fixtures.user(Role.FUND_MANAGER);
		String trustee = fixtures.user(Role.TRUSTEE);
		fixtures.user(Role.REVIEWER);
		fixtures.user(Role.REVIEWER);
		Fixtures.Ngo first = fixtures.verifiedNgo("TH");
		Fixtures.Ngo second = fixtures.verifiedNgo("NG");

		LocalDateTime deadline = LocalDateTime.now().plusDays(20).withNano(0);
		Map<String, Object> callForm = Map.ofEntries(Map.entry("title", "Shelters 2027"),
				Map.entry("description", "Direct assistance"), Map.entry("openingDate", LocalDate.now().minusDays(1)),
				Map.entry("submissionDeadline", deadline), Map.entry("timeZone", "Asia/Bangkok"),
				Map.entry("eligibleCountries", List.of("TH", "AFRICA")), Map.entry("priorityTargetGroups", List.of("WOMEN")),
				Map.entry("services", List.of("BASIC_SHELTER", "LEGAL_ADVICE")), Map.entry("ceilingPerGrant", 60000),
				Map.entry("maxDurationMonths", 36), Map.entry("envelope", 100000),
				Map.entry("criteria", List.of("Relevance", "Capacity", "Budget")), Map.entry("qualityThresholdPercent", 60),
				Map.entry("reserveListExpiry", deadline.toLocalDate().plusYears(1)));
		long callId = send(fm, post("/api/calls"), callForm, 201).get("id").asLong();
		assertThat(call(fm, post("/api/calls/" + callId + "/publish"), 200).get("status").asText()).isEqualTo("OPEN");

		long p1 = submitProposal(first, callId, "60000.00");
		long p2 = submitProposal(second, callId, "50000.00");
		assertThat(call(first.username(), get("/api/proposals"), 200)).extracting(n -> n.get("id").asLong())
			.containsExactly(p1);

		// The deadline passes: the call's timer closes submissions.
		steps.fireTimer(fixtures.callInstance(callId), CallProcess.SUBMISSION_DEADLINE);
		assertThat(call(fm, get("/api/calls/" + callId), 200).get("status").asText()).isEqualTo("CLOSED");

		complete(fm, taskOf(fm, ReviewProcess.SCREEN_TASK, p1), Map.of("decision", "clarify",
				"note", "How many beds?"));
		JsonNode asked = call(first.username(), get("/api/proposals/" + p1), 200);
		assertThat(asked.get("status").asText()).isEqualTo("CLARIFICATION_REQUESTED");
		assertThat(asked.get("clarificationRequest").asText()).isEqualTo("How many beds?");
		complete(first.username(), taskOf(first.username(), ReviewProcess.ANSWER_TASK, p1), Map.of("note", "Twenty"));
		complete(fm, taskOf(fm, ReviewProcess.SCREEN_TASK, p1), Map.of("decision", "accept"));
		complete(fm, taskOf(fm, ReviewProcess.SCREEN_TASK, p2), Map.of("decision", "accept"));

		review(p1, new int[] { 4, 4, 4 }, new int[] { 5, 4, 4 });
		review(p2, new int[] { 1, 1, 1 }, new int[] { 5, 5, 5 });
		complete(fm, taskOf(fm, ReviewProcess.MODERATE_TASK, p2), Map.of("finalScore", "11", "note",
				"The second review is better argued"));
		steps.runJobs(fixtures.reviewOf(p2).getId());

		JsonNode ranked = call(trustee, get("/api/calls/" + callId + "/recommendation"), 200);
		assertThat(ranked.get("budget").decimalValue()).isEqualByComparingTo("100000.00");
		assertThat(ranked.at("/proposals/0/proposalId").asLong()).isEqualTo(p1);
		assertThat(ranked.at("/proposals/0/finalScore").decimalValue()).isEqualByComparingTo("12.50");
		assertThat(ranked.at("/proposals/0/recommendation").asText()).isEqualTo("FUND");
		assertThat(ranked.at("/proposals/1/recommendation").asText()).isEqualTo("RESERVE");

		JsonNode refused = send(fm, post("/api/calls/" + callId + "/recommendation/" + p2),
				Map.of("recommendation", "FUND", "reason", "Strong"), 400);
		assertThat(refused.at("/errors/recommendation").asText()).contains("beyond");
		JsonNode adjusted = send(fm, post("/api/calls/" + callId + "/recommendation/" + p2),
				Map.of("recommendation", "REJECT", "reason", "Duplicates an existing project"), 200);
		assertThat(adjusted.at("/proposals/1/recommendation").asText()).isEqualTo("REJECT");
		assertThat(adjusted.at("/proposals/1/adjusted").asBoolean()).isTrue();
		assertThat(adjusted.at("/proposals/1/note").asText()).isEqualTo("Duplicates an existing project");

		complete(fm, taskOf(fm, CallProcess.PREPARE_RECOMMENDATION_TASK, callId), Map.of());
		assertThat(call(fm, get("/api/calls/" + callId), 200).get("status").asText()).isEqualTo("READY_FOR_BOARD");

		JsonNode ngoView = call(first.username(), get("/api/proposals/" + p1), 200);
		assertThat(ngoView.get("status").asText()).isEqualTo("REVIEWED");
		assertThat(ngoView.get("finalScore").isNull()).isTrue();
		assertThat(ngoView.get("recommendation").isNull()).isTrue();
		assertThat(ngoView.get("history")).extracting(h -> h.get("action").asText())
			.contains("SUBMITTED", "CLARIFICATION_REQUESTED", "CLARIFICATION_ANSWERED", "REVIEWED")
			.doesNotContain("REVIEWER_ASSIGNED", "RECOMMENDED");
		assertThat(call(first.username(), get("/api/messages"), 200)).extracting(m -> m.get("subject").asText())
			.anyMatch(s -> s.startsWith("We received your proposal"))
			.anyMatch(s -> s.startsWith("The secretariat has a question"))
			.anyMatch(s -> s.startsWith("Your proposal is reviewed"));
	}
}
