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
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.trustfund.shared.Money;
import org.trustfund.IntegrationTest;
import org.trustfund.calls.Call;
import org.trustfund.shared.ValidationException;

/**
 * Real drafts (issue 16 item 3) and the forms' error summary (item 4): a partial draft is saved, an incomplete
 * one is refused at submission with every problem listed in the reader's language, the checklist shows what is
 * missing, an organisation that is not verified yet is told what happens next.
 */
@IntegrationTest
class ProposalDraftRulesTest {

	static final List<String> EVERY_CHECK = List.of("country", "targetGroups", "services", "victimsPerYear",
			"durationMonths", "narrative", "contactName", "contactEmail", "budgetLines", "documents");

	@Autowired MockMvc mvc;
	@Autowired ObjectMapper json;
	@Autowired Fixtures fixtures;
	@Autowired ReviewSteps steps;
	@Autowired ProposalService proposals;
	@Autowired ProposalDrafts drafts;

	Call call;
	Fixtures.Ngo ngo;

	@BeforeEach
	void setUp() {
		call = fixtures.openCall();
		ngo = fixtures.verifiedNgo("TH");
	}

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	private Proposal titleOnly() {
		return drafts.saveNew(call.getId(), ngo.organisationId(), new ProposalForm("Only a title", null, null, null,
				null, null, null, null, null, null, List.of()), ngo.username());
	}

	@Test
	void savesAPartialDraftThroughTheForm() throws Exception {
		MockHttpServletResponse r = mvc.perform(post("/calls/" + call.getId() + "/proposals/new")
			.with(user(steps.user(ngo.username()))).with(csrf()).param("title", "Half written")
			.param("lines[0].category", "").param("lines[0].description", "Rent").param("lines[0].amount", "1,250.50")
			.param("lines[1].category", "STAFF").param("lines[1].description", "").param("lines[1].amount", ""))
			.andReturn().getResponse();

		assertThat(r.getStatus()).isEqualTo(302);
		Proposal p = proposals.ofOrganisation(ngo.organisationId()).get(0);
		assertThat(r.getRedirectedUrl()).isEqualTo("/proposals/" + p.getId());
		assertThat(p.getStatus()).isEqualTo(ProposalStatus.DRAFT);
		assertThat(p.getTitle()).isEqualTo("Half written");
		assertThat(p.getCountry()).isEmpty();
		assertThat(p.getTargetGroups()).isEmpty();
		assertThat(p.getAmountRequested()).isEqualTo(Money.of("1250.50"));
		assertThat(p.getBudgetLines()).containsExactly(new BudgetLine(null, "Rent", new java.math.BigDecimal("1250.50")),
				new BudgetLine(org.trustfund.proposals.BudgetCategory.STAFF, "", null));

		// The form shows it back as saved, blank where nothing was given.
		String form = mvc.perform(get("/proposals/" + p.getId() + "/edit").with(user(steps.user(ngo.username()))))
			.andReturn().getResponse().getContentAsString();
		assertThat(form).contains("value=\"Half written\"").contains("id=\"line-amount-0\"")
			.contains("value=\"1250.50\"").contains(">1,250.50</output>");
	}

	@Test
	void refusesAnIncompleteSubmissionListingEveryProblemInOrder() {
		Proposal p = titleOnly();
		assertThatThrownBy(() -> proposals.submit(p.getId(), ngo.username()))
			.isInstanceOfSatisfying(ValidationException.class, e -> {
				assertThat(e.fieldErrors().keySet()).containsExactlyElementsOf(EVERY_CHECK);
				assertThat(e.fieldErrors()).containsEntry("targetGroups", "Choose at least one target group")
					.containsEntry("documents", "Attach at least one document (the work plan, for instance)");
			});
		assertThat(proposals.get(p.getId()).getStatus()).isEqualTo(ProposalStatus.DRAFT);
		assertThat(fixtures.reviewOf(p.getId())).isNull();

		// A complete draft whose lines do not add up to the amount it asks for (kept as saved through the API's form),
		// above the call's ceiling too: both are listed, the missing pieces first.
		ProposalForm f = Fixtures.proposalForm("TH", "90000.00");
		Proposal unbalanced = drafts.saveNew(call.getId(), ngo.organisationId(), new ProposalForm(f.title(), f.country(),
				f.targetGroups(), f.services(), f.victimsPerYear(), new java.math.BigDecimal("91000.00"), f.durationMonths(),
				f.narrative(), f.contactName(), f.contactEmail(), f.budgetLines()), ngo.username());
		Fixtures.attachWorkPlan(proposals, unbalanced.getId(), ngo.username());
		assertThatThrownBy(() -> proposals.submit(unbalanced.getId(), ngo.username()))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsExactly(
					java.util.Map.entry("budgetBalanced", "The budget lines add up to USD 90,000.00 but the amount requested is USD 91,000.00"),
					java.util.Map.entry("amountRequested", "The amount requested is above the call's ceiling of USD 60000.00")));
	}

	@Test
	void refusesAnIncompleteSubmissionInArabic() throws Exception {
		Proposal p = titleOnly();
		LocaleContextHolder.setLocale(Locale.forLanguageTag("ar"));
		assertThatThrownBy(() -> proposals.submit(p.getId(), ngo.username()))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
				.containsEntry("targetGroups", "اختر فئة مستهدفة واحدة على الأقل")
				.containsEntry("documents", "أرفق وثيقة واحدة على الأقل (خطة العمل مثلًا)"));
		LocaleContextHolder.resetLocaleContext();

		// Through the API, in the language of the reader's cookie, as problem details.
		MockHttpServletResponse r = mvc.perform(post("/api/proposals/" + p.getId() + "/submit")
			.with(user(steps.user(ngo.username()))).with(csrf()).cookie(new Cookie("tf-lang", "ar")))
			.andReturn().getResponse();
		assertThat(r.getStatus()).isEqualTo(400);
		JsonNode errors = json.readTree(r.getContentAsString()).get("errors");
		assertThat(errors.fieldNames()).toIterable().containsAll(EVERY_CHECK);
		assertThat(errors.get("services").asText()).isEqualTo("اختر خدمة واحدة على الأقل");
		assertThat(proposals.get(p.getId()).getStatus()).isEqualTo(ProposalStatus.DRAFT);
	}

	@Test
	void theProposalPageShowsTheChecklistAndTheRefusalLinksToTheFields() throws Exception {
		Proposal p = titleOnly();
		MockHttpServletResponse r = mvc.perform(post("/proposals/" + p.getId() + "/submit")
			.with(user(steps.user(ngo.username()))).with(csrf())).andReturn().getResponse();
		Cookie session = r.getCookie("SESSION");
		String page = mvc.perform(get("/proposals/" + p.getId()).with(user(steps.user(ngo.username()))).cookie(session))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"error-summary\"")
			.contains("href=\"/proposals/" + p.getId() + "/edit#targetGroups\">Choose at least one target group</a>")
			.contains("href=\"#file\">Attach at least one document");
		assertThat(page).contains("class=\"met\" id=\"check-title\"").contains("class=\"missing\" id=\"check-documents\"");
	}

	@Test
	void theFormsErrorSummaryNamesAndLinksEveryFieldInOrderInBothLanguages() throws Exception {
		for (String lang : List.of("en", "ar")) {
			var saved = mvc.perform(post("/calls/" + call.getId() + "/proposals/new").param("lang", lang)
				.with(user(steps.user(ngo.username()))).with(csrf()).param("title", "T")
				.param("durationMonths", "2.5").param("victimsPerYear", "x")
				.param("lines[0].category", "STAFF").param("lines[0].amount", "-3")).andReturn();
			// Post/Redirect/Get: the new draft's edit page, with the save's flash attributes
			String page = mvc.perform(get(saved.getResponse().getRedirectedUrl()).param("lang", lang)
				.requestAttr(org.springframework.web.servlet.DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, saved.getFlashMap())
				.with(user(steps.user(ngo.username())))).andReturn().getResponse().getContentAsString();
			String summary = page.substring(page.indexOf("id=\"error-summary\""), page.indexOf("</div>", page.indexOf("id=\"error-summary\"")));
			int victims = summary.indexOf("href=\"#victimsPerYear\"");
			int duration = summary.indexOf("href=\"#durationMonths\"");
			assertThat(victims).as(lang).isPositive().isLessThan(duration);
			// a negative budget line can be stored: the draft keeps it, the checklist refuses it at Submit
			assertThat(summary).doesNotContain("href=\"#line-amount-0\"");
			if (lang.equals("en")) {
				assertThat(summary).contains("There are 2 problems")
					.contains("Victims expected to be assisted per year</span>: <span>Not a number: x")
					.contains("Duration (months)</span>: <span>A whole number from 0 to 1,000,000");
			}
			else {
				assertThat(summary).contains("مشكلات").contains("ليس رقمًا: x");
			}
			// One message per field, next to it too.
			assertThat(page).contains("id=\"victimsPerYear-error\"").doesNotContain("id=\"line-amount-0-error\"");
		}
		// the drafts are saved without the values that cannot be stored
		assertThat(proposals.ofOrganisation(ngo.organisationId())).hasSize(2).allSatisfy(p -> {
			assertThat(p.getDurationMonths()).isZero();
			assertThat(p.getBudgetLines().get(0).amount()).isEqualByComparingTo("-3");
		});
	}

	@Test
	void anUnverifiedOrganisationSeesItOnTheCallAndMayPrepareADraft() throws Exception {
		Fixtures.Ngo pending = fixtures.ngo("TH");
		String callPage = mvc.perform(get("/calls/" + call.getId()).with(user(steps.user(pending.username()))))
			.andReturn().getResponse().getContentAsString();
		assertThat(callPage).contains("Your organisation is not verified yet.")
			.contains("You can write and save a draft now").contains("before the deadline");
		String verifiedPage = mvc.perform(get("/calls/" + call.getId()).with(user(steps.user(ngo.username()))))
			.andReturn().getResponse().getContentAsString();
		assertThat(verifiedPage).doesNotContain("id=\"standing\"");

		MockHttpServletResponse saved = mvc.perform(post("/calls/" + call.getId() + "/proposals/new")
			.with(user(steps.user(pending.username()))).with(csrf()).param("title", "Prepared early"))
			.andReturn().getResponse();
		assertThat(saved.getStatus()).isEqualTo(302);
		Proposal p = proposals.ofOrganisation(pending.organisationId()).get(0);
		String page = mvc.perform(get("/proposals/" + p.getId()).with(user(steps.user(pending.username()))))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Your organisation is not verified yet.");
	}

	@Test
	void theCallPageNamesItsCountriesAndRegionsAndWritesTheDeadlineForPeopleInBothLanguages() throws Exception {
		Fixtures.Ngo pending = fixtures.ngo("TH");
		String english = mvc.perform(get("/calls/" + call.getId()).with(user(steps.user(pending.username()))))
			.andReturn().getResponse().getContentAsString();
		assertThat(english).containsAnyOf("Thailand, Africa", "Africa, Thailand").doesNotContain(">TH, AFRICA<")
			.doesNotContain(">AFRICA, TH<").doesNotContain("UTC UTC").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
		String arabic = mvc.perform(get("/calls/" + call.getId()).with(user(steps.user(pending.username())))
			.cookie(new Cookie("tf-lang", "ar"))).andReturn().getResponse().getContentAsString();
		assertThat(arabic).contains("أفريقيا").contains("تايلاند").doesNotContain("AFRICA");
	}

	@Test
	void aRefusedUploadSaysTheFileMustBeChosenAgain() throws Exception {
		Proposal p = titleOnly();
		MockHttpServletResponse r = mvc.perform(multipart("/proposals/" + p.getId() + "/attachments")
			.file(new MockMultipartFile("file", "virus.exe", "application/octet-stream", "MZ\u0090".getBytes()))
			.with(user(steps.user(ngo.username()))).with(csrf())).andReturn().getResponse();
		String page = mvc.perform(get("/proposals/" + p.getId()).with(user(steps.user(ngo.username())))
			.cookie(r.getCookie("SESSION"))).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"upload-error\"").contains("The file was not kept: choose it again and upload it.");
	}

	@Test
	void budgetRowsAreAddedAndRemovedWithoutJavaScript() throws Exception {
		String added = mvc.perform(post("/calls/" + call.getId() + "/proposals/new").with(user(steps.user(ngo.username())))
			.with(csrf()).param("title", "Rows").param("lines[0].amount", "10").param("addLine", "1"))
			.andReturn().getResponse().getContentAsString();
		assertThat(added).contains("id=\"line-amount-0\"").contains("id=\"line-amount-1\"").doesNotContain("id=\"line-amount-2\"");
		String removed = mvc.perform(post("/calls/" + call.getId() + "/proposals/new").with(user(steps.user(ngo.username())))
			.with(csrf()).param("title", "Rows").param("lines[0].amount", "10").param("lines[1].amount", "20")
			.param("removeLine", "0")).andReturn().getResponse().getContentAsString();
		assertThat(removed).contains("value=\"20\"").doesNotContain("value=\"10\"").contains(">20.00</output>");
		assertThat(proposals.ofOrganisation(ngo.organisationId())).isEmpty();
	}
}
