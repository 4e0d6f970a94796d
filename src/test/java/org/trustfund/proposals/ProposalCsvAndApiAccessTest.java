package org.trustfund.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.trustfund.IntegrationTest;
import org.trustfund.users.Role;

/**
 * Issue 16's probe, proposals: the CSV export shows each role the columns the page and the API show it (the
 * secretariat's score and recommendation for the fund's staff only), a refused CSV is a clean 403, another
 * organisation's draft is refused before its body is validated, and {@code GET /api/proposals} takes the page's
 * filters and paging.
 */
@IntegrationTest
class ProposalCsvAndApiAccessTest {

	@Autowired MockMvc mvc;
	@Autowired ObjectMapper json;
	@Autowired Fixtures fixtures;
	@Autowired ReviewSteps steps;
	@Autowired ProposalService proposals;
	@Autowired JdbcTemplate jdbc;

	String fm, trustee, reviewer, tag;
	Fixtures.Ngo owner, otherNgo;
	long callId;
	Proposal proposal, draft;

	@BeforeEach
	void setUp() {
		fm = fixtures.user(Role.FUND_MANAGER);
		trustee = fixtures.user(Role.TRUSTEE);
		fixtures.user(Role.REVIEWER);
		fixtures.user(Role.REVIEWER);
		owner = fixtures.verifiedNgo("TH");
		otherNgo = fixtures.verifiedNgo("TH");
		callId = fixtures.openCall().getId();
		proposal = fixtures.submitted(callId, owner);
		tag = proposal.getTitle();
		draft = proposals.draft(callId, owner.organisationId(), Fixtures.proposalForm("TH", "1000.00"),
				owner.username());
		String pid = fixtures.reviewOf(proposal.getId()).getId();
		steps.screen(pid, fm, "accept", "");
		List<Task> declarations = steps.open(pid, ReviewProcess.DECLARE_CONFLICT_TASK);
		reviewer = declarations.get(0).getAssignee();
		// the secretariat's score and recommendation, as the ranking would leave them
		jdbc.update("update proposal set final_score = 87.25, recommendation = 'FUND' where id = ?", proposal.getId());
	}

	private MockHttpServletResponse as(String username, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(user(steps.user(username))).with(csrf())).andReturn().getResponse();
	}

	private String csv(String username) throws Exception {
		MockHttpServletResponse r = as(username, get("/proposals/export.csv").param("callId", String.valueOf(callId)));
		assertThat(r.getStatus()).as(username).isEqualTo(200);
		return r.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void theCsvShowsTheScoreAndRecommendationToTheFundsStaffOnly() throws Exception {
		String staff = csv(fm);
		assertThat(staff.lines().findFirst().orElseThrow()).contains("final_score", "recommendation");
		assertThat(staff).contains("87.25", "\"FUND\"");
		for (String who : List.of(owner.username(), reviewer)) {
			String csv = csv(who);
			assertThat(csv).as(who).contains("\"" + tag + "\"");
			assertThat(csv.lines().findFirst().orElseThrow()).as(who).doesNotContain("final_score", "recommendation");
			assertThat(csv).as(who).doesNotContain("87.25", "\"FUND\"");
		}
	}

	@Test
	void aTrusteeAskingForTheCsvGetsACleanRefusal() throws Exception {
		MockHttpServletResponse r = as(trustee, get("/proposals/export.csv").accept(MediaType.APPLICATION_JSON));
		assertThat(r.getStatus()).isEqualTo(403);
		assertThat(r.getHeader(HttpHeaders.CONTENT_DISPOSITION)).isNull();
		assertThat(r.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(json.readTree(r.getContentAsString()).path("status").asInt()).isEqualTo(403);
	}

	@Test
	void anotherOrganisationsDraftIsRefusedWhateverTheBody() throws Exception {
		String invalid = "{\"title\":\"\",\"amountRequested\":-5,\"budgetLines\":[]}";
		MockHttpServletResponse r = as(otherNgo.username(), put("/api/proposals/" + draft.getId())
			.contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON).content(invalid));
		assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(403);
		assertThat(r.getContentAsString()).doesNotContain("errors");
		MockHttpServletResponse own = as(owner.username(), put("/api/proposals/" + draft.getId())
			.contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON).content(invalid));
		assertThat(own.getStatus()).as("the owner still learns what is wrong").isEqualTo(400);
		assertThat(json.readTree(own.getContentAsString()).path("errors").has("title")).isTrue();
	}

	@Test
	void theProposalsApiTakesThePagesFiltersAndPaging() throws Exception {
		MockHttpServletResponse r = as(fm, get("/api/proposals").param("callId", String.valueOf(callId))
			.param("stage", "DRAFT"));
		assertThat(r.getStatus()).isEqualTo(200);
		JsonNode rows = json.readTree(r.getContentAsString());
		assertThat(rows.findValuesAsText("id")).containsExactly(String.valueOf(draft.getId()));
		assertThat(r.getHeader("X-Total-Count")).isEqualTo("1");
		JsonNode searched = json.readTree(as(fm, get("/api/proposals").param("q", tag)).getContentAsString());
		assertThat(searched.findValuesAsText("id")).contains(String.valueOf(proposal.getId()))
			.doesNotContain(String.valueOf(draft.getId()));
		MockHttpServletResponse paged = as(fm, get("/api/proposals").param("callId", String.valueOf(callId))
			.param("sort", "id").param("dir", "asc").param("size", "1").param("page", "2"));
		assertThat(json.readTree(paged.getContentAsString()).findValuesAsText("id"))
			.containsExactly(String.valueOf(draft.getId()));
		assertThat(paged.getHeader("X-Total-Count")).isEqualTo("2");
		JsonNode ngo = json.readTree(as(otherNgo.username(), get("/api/proposals").param("callId",
				String.valueOf(callId))).getContentAsString());
		assertThat(ngo.size()).as("an NGO still sees its own organisation's only").isZero();
	}

	@Test
	void theProposalsApiNamesParametersItCannotUse() throws Exception {
		MockHttpServletResponse r = as(fm, get("/api/proposals").param("callId", "abc").param("stage", "QQ")
			.param("page", "-1").accept(MediaType.APPLICATION_JSON));
		assertThat(r.getStatus()).isEqualTo(400);
		assertThat(r.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		JsonNode errors = json.readTree(r.getContentAsString()).path("errors");
		assertThat(errors.has("callId") && errors.has("stage") && errors.has("page")).as(errors.toString()).isTrue();
	}
}
