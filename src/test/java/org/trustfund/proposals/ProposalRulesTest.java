package org.trustfund.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.trustfund.IntegrationTest;
import org.trustfund.calls.AssistanceService;
import org.trustfund.calls.Call;
import org.trustfund.calls.TargetGroup;
import org.trustfund.shared.ConflictException;
import org.trustfund.shared.ValidationException;

/** The rules of drafting and submitting a proposal, each with a clear error and nothing half-saved. */
@IntegrationTest
class ProposalRulesTest {

	@Autowired MockMvc mvc;
	@Autowired ObjectMapper json;
	@Autowired Fixtures fixtures;
	@Autowired ReviewSteps steps;
	@Autowired ProposalService proposals;
	@Autowired RuntimeService runtime;

	Call call;
	Fixtures.Ngo ngo;

	@BeforeEach
	void setUp() {
		call = fixtures.openCall();
		ngo = fixtures.verifiedNgo("TH");
	}

	private Proposal draft(ProposalForm form) {
		return proposals.draft(call.getId(), ngo.organisationId(), form, ngo.username());
	}

	private ProposalForm with(String amount, int duration) {
		ProposalForm f = Fixtures.proposalForm("TH", amount);
		return new ProposalForm(f.title(), f.country(), f.targetGroups(), f.services(), f.victimsPerYear(),
				f.amountRequested(), duration, f.narrative(), f.contactName(), f.contactEmail(), f.budgetLines());
	}

	private JsonNode submitThroughApi(Proposal p, String username) throws Exception {
		MockHttpServletResponse r = mvc.perform(post("/api/proposals/" + p.getId() + "/submit")
			.with(user(steps.user(username))).with(csrf())).andReturn().getResponse();
		assertThat(r.getStatus()).isEqualTo(400);
		assertThat(r.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		return json.readTree(r.getContentAsString());
	}

	private void assertNothingStarted(Proposal p) {
		assertThat(proposals.get(p.getId()).getStatus()).isEqualTo(ProposalStatus.DRAFT);
		assertThat(fixtures.reviewOf(p.getId())).isNull();
	}

	@Test
	void rejectsSubmissionAfterTheDeadline() throws Exception {
		Proposal p = draft(Fixtures.proposalForm("TH", "50000.00"));
		fixtures.moveDeadline(call.getId(), Instant.now().minusSeconds(60));

		assertThat(submitThroughApi(p, ngo.username()).at("/errors/callId").asText())
			.startsWith("The submission deadline passed on");
		assertNothingStarted(p);
	}

	@Test
	void rejectsAnAmountAboveTheCallsCeiling() throws Exception {
		Proposal p = draft(Fixtures.proposalForm("TH", "60000.02"));
		assertThat(submitThroughApi(p, ngo.username()).at("/errors/amountRequested").asText())
			.isEqualTo("The amount requested is above the call's ceiling of USD 60000.00");
		assertNothingStarted(p);
	}

	@Test
	void rejectsADurationBeyondTheCallsMaximum() throws Exception {
		Proposal p = draft(with("50000.00", 37));
		assertThat(submitThroughApi(p, ngo.username()).at("/errors/durationMonths").asText())
			.isEqualTo("The call funds projects of at most 36 months");
		assertNothingStarted(p);
	}

	@Test
	void rejectsSubmissionFromAnUnverifiedOrganisation() throws Exception {
		Fixtures.Ngo pending = fixtures.ngo("TH");
		Proposal p = proposals.draft(call.getId(), pending.organisationId(), Fixtures.proposalForm("TH", "100.00"),
				pending.username());
		assertThat(submitThroughApi(p, pending.username()).at("/errors/organisation").asText())
			.contains("must be verified");
		assertNothingStarted(p);
	}

	@Test
	void refusesABudgetThatDoesNotAddUpToTheAmount() {
		ProposalForm f = Fixtures.proposalForm("TH", "100.00");
		ProposalForm unbalanced = new ProposalForm(f.title(), f.country(), f.targetGroups(), f.services(),
				f.victimsPerYear(), new BigDecimal("120.00"), f.durationMonths(), f.narrative(), f.contactName(),
				f.contactEmail(), f.budgetLines());
		assertThatThrownBy(() -> draft(unbalanced)).isInstanceOf(ValidationException.class)
			.satisfies(e -> assertThat(((ValidationException) e).fieldErrors().get("budgetLines"))
				.isEqualTo("The budget lines add up to 100.00 but the amount requested is 120.00"));
		assertThat(proposals.ofOrganisation(ngo.organisationId())).isEmpty();
	}

	@Test
	void refusesMissingFieldsWithAMessageEach() throws Exception {
		MockHttpServletResponse r = mvc.perform(post("/api/calls/" + call.getId() + "/proposals")
			.with(user(steps.user(ngo.username()))).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"\",\"country\":\"TH\",\"budgetLines\":[]}")).andReturn().getResponse();
		assertThat(r.getStatus()).isEqualTo(400);
		JsonNode errors = json.readTree(r.getContentAsString()).get("errors");
		assertThat(errors.fieldNames()).toIterable().contains("title", "targetGroups", "services", "amountRequested",
				"durationMonths", "narrative", "budgetLines");
	}

	@Test
	void aSubmittedProposalCanNoLongerBeEdited() {
		Proposal p = fixtures.submitted(call.getId(), ngo);
		assertThatThrownBy(() -> proposals.edit(p.getId(), Fixtures.proposalForm("TH", "10.00"), ngo.username()))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> proposals.submit(p.getId(), ngo.username())).isInstanceOf(ConflictException.class);
	}

	@Test
	void attachmentsMustBePdfOrOfficeFilesAndAreStoredWithTheirChecksum() throws Exception {
		Proposal p = draft(Fixtures.proposalForm("TH", "100.00"));
		MockHttpServletRequestBuilder exe = multipart("/api/proposals/" + p.getId() + "/attachments")
			.file(new MockMultipartFile("file", "budget.pdf", "application/pdf", "MZ\u0090\u0000binary".getBytes()))
			.with(user(steps.user(ngo.username()))).with(csrf());
		MockHttpServletResponse refused = mvc.perform(exe).andReturn().getResponse();
		assertThat(refused.getStatus()).isEqualTo(400);
		assertThat(json.readTree(refused.getContentAsString()).at("/errors/file").asText()).contains("PDF or Office");
		assertThat(proposals.attachments(p.getId())).isEmpty();

		byte[] pdf = "%PDF-1.4\n%ok\n%%EOF\n".getBytes();
		mvc.perform(multipart("/api/proposals/" + p.getId() + "/attachments")
			.file(new MockMultipartFile("file", "plan.pdf", "application/pdf", pdf))
			.with(user(steps.user(ngo.username()))).with(csrf())).andReturn();
		assertThat(proposals.attachments(p.getId())).singleElement()
			.satisfies(a -> assertThat(a.getFile().getSha256()).isEqualTo(org.trustfund.files.Upload.of("x", "y", pdf).sha256()));
	}

	@Test
	void aTitleWithMarkupIsShownAsText() throws Exception {
		ProposalForm f = Fixtures.proposalForm("TH", "100.00");
		Proposal p = draft(new ProposalForm("<script>alert('x')</script><b>Bold</b>", f.country(), f.targetGroups(),
				f.services(), f.victimsPerYear(), f.amountRequested(), f.durationMonths(), "<img src=x onerror=alert(1)>",
				f.contactName(), f.contactEmail(), f.budgetLines()));
		for (String url : List.of("/proposals/" + p.getId(), "/proposals")) {
			String html = mvc.perform(get(url).with(user(steps.user(ngo.username())))).andReturn().getResponse()
				.getContentAsString();
			assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;b&gt;Bold&lt;/b&gt;")
				.doesNotContain("<script>alert").doesNotContain("<b>Bold</b>").doesNotContain("<img src=x");
		}
	}

	@Test
	void ineligibleProposalsEndWithEveryReason() {
		ProposalForm f = Fixtures.proposalForm("FR", "100.00");
		Proposal d = draft(new ProposalForm(f.title(), "FR", EnumSet.of(TargetGroup.MEN),
				EnumSet.of(AssistanceService.EDUCATION), f.victimsPerYear(), f.amountRequested(), f.durationMonths(),
				f.narrative(), f.contactName(), f.contactEmail(), f.budgetLines()));
		Fixtures.attachWorkPlan(proposals, d.getId(), ngo.username());
		Proposal p = proposals.submit(d.getId(), ngo.username());
		assertThat(proposals.get(p.getId()).getStatus()).isEqualTo(ProposalStatus.INELIGIBLE);
		assertThat(proposals.get(p.getId()).getDecisionReason().lines()).containsExactlyInAnyOrder(
				"The country is not eligible in this call", "The proposal serves none of the call's target groups",
				"The proposal asks for services this call does not fund");
	}
}
