package org.trustfund.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.trustfund.IntegrationTest;
import org.trustfund.calls.Call;

/**
 * "Save the draft" keeps the page's promise that nothing is checked until Submit: what can be stored is saved,
 * what cannot is left out and named, the typed value shown again. Amounts take commas only between groups of
 * three digits; Arabic-Indic digits are read as Latin ones.
 */
@IntegrationTest
class ProposalDraftKeepsItsPromiseTest {

	@Autowired MockMvc mvc;
	@Autowired Fixtures fixtures;
	@Autowired ReviewSteps steps;
	@Autowired ProposalService proposals;

	Call call;
	Fixtures.Ngo ngo;

	@BeforeEach
	void setUp() {
		call = fixtures.openCall();
		ngo = fixtures.verifiedNgo("TH");
	}

	private MockHttpServletResponse save(String lang, String duration, String... amounts) throws Exception {
		return saveResult(lang, duration, amounts).getResponse();
	}

	/** The edit page the save redirected to, with the save's flash attributes (what a browser sees next). */
	private Document followed(org.springframework.test.web.servlet.MvcResult saved, String lang) throws Exception {
		assertThat(saved.getResponse().getStatus()).isEqualTo(302);
		// the flash attributes travel in the session, which Spring Session JDBC stores serialized
		try (var out = new java.io.ObjectOutputStream(new java.io.ByteArrayOutputStream())) {
			out.writeObject(saved.getFlashMap());
		}
		MockHttpServletResponse r = mvc.perform(get(saved.getResponse().getRedirectedUrl()).param("lang", lang)
			
			// the flash attributes as the dispatcher hands them to the next request (the session is Spring Session's)
			.requestAttr(org.springframework.web.servlet.DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, saved.getFlashMap()).with(user(steps.user(ngo.username())))).andReturn().getResponse();
		assertThat(r.getStatus()).isEqualTo(200);
		return Jsoup.parse(r.getContentAsString(StandardCharsets.UTF_8));
	}

	private org.springframework.test.web.servlet.MvcResult saveResult(String lang, String duration, String... amounts)
			throws Exception {
		var request = post("/calls/" + call.getId() + "/proposals/new").param("lang", lang)
			.with(user(steps.user(ngo.username()))).with(csrf()).param("title", "Kept").param("durationMonths", duration);
		for (int i = 0; i < amounts.length; i++) {
			request.param("lines[" + i + "].category", "STAFF").param("lines[" + i + "].amount", amounts[i]);
		}
		return mvc.perform(request).andReturn();
	}

	private Proposal only() {
		var all = proposals.ofOrganisation(ngo.organisationId());
		assertThat(all).hasSize(1);
		return all.get(0);
	}

	@Test
	void aValueThatCannotBeStoredIsLeftOutAndNamedTheRestIsSaved() throws Exception {
		var saved = saveResult("en", "abc", "-50", "1500,50", "12,5,5", "1,500.50");
		// Post/Redirect/Get: the draft's edit page, so that a reload does not save another draft
		Proposal p = only();
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/proposals/" + p.getId() + "/edit");
		assertThat(p.getStatus()).isEqualTo(ProposalStatus.DRAFT);
		assertThat(p.getTitle()).isEqualTo("Kept");
		assertThat(p.getDurationMonths()).isZero();
		assertThat(p.getBudgetLines()).extracting(BudgetLine::amount).usingElementComparator(
				(x, y) -> x == null || y == null ? (x == y ? 0 : 1) : x.compareTo(y))
			.containsExactly(new java.math.BigDecimal("-50"), null, null, new java.math.BigDecimal("1500.50"));

		Document page = followed(saved, "en");
		assertThat(page.getElementById("saved-except").text()).contains("The draft is saved, except");
		assertThat(page.getElementById("proposal-form").attr("action")).isEqualTo("/proposals/" + p.getId() + "/edit");
		var summary = page.getElementById("error-summary");
		assertThat(summary.select("a[href=#durationMonths]").text()).contains("Not a number: abc");
		assertThat(summary.select("a[href=#line-amount-1]").text())
			.isEqualTo("Budget line 2: write 1500.50: use a point for decimals (commas only between groups of three digits, as in 1,500.50)");
		assertThat(summary.select("a[href=#line-amount-2]").text()).contains("Budget line 3: 12,5,5 is not an amount");
		assertThat(summary.select("a[href=#line-amount-0]")).isEmpty();
		assertThat(summary.select("a[href=#line-amount-3]")).isEmpty();
		// the typed values are on the form again, each refused one marked next to its field
		assertThat(page.getElementById("durationMonths").val()).isEqualTo("abc");
		assertThat(page.getElementById("line-amount-1").val()).isEqualTo("1500,50");
		assertThat(page.getElementById("line-amount-1").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.getElementById("line-amount-1-error")).isNotNull();

		// the checklist catches the negative line at Submit
		String show = mvc.perform(get("/proposals/" + p.getId()).with(user(steps.user(ngo.username()))))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(show).getElementById("check-budgetLines").className()).isEqualTo("missing");

		// the edit page again (a reload, the flash attributes used): the saved draft's values, and still one draft
		Document again = Jsoup.parse(mvc.perform(get("/proposals/" + p.getId() + "/edit").with(user(steps.user(ngo.username()))))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(again.getElementById("saved-except")).isNull();
		assertThat(again.getElementById("title").val()).isEqualTo("Kept");
		only();
	}

	@Test
	void theRefusalIsInArabicForAnArabicReader() throws Exception {
		Document page = followed(saveResult("ar", "", "1500,50"), "ar");
		assertThat(page.getElementById("error-summary").text()).contains("استعمل النقطة للكسور العشرية").contains("1500.50");
		assertThat(page.getElementById("saved-except").text()).contains("حُفظت المسودة");
	}

	@Test
	void arabicIndicDigitsAreReadAsLatinOnes() throws Exception {
		MockHttpServletResponse r = save("ar", "١٢", "١٬٥٠٠٫٥٠");
		assertThat(r.getStatus()).isEqualTo(302);
		Proposal p = only();
		assertThat(p.getDurationMonths()).isEqualTo(12);
		assertThat(p.getBudgetLines().get(0).amount()).isEqualByComparingTo("1500.50");
	}

	@Test
	void theChecklistWritesAmountsWithThousandsSeparators() throws Exception {
		MockHttpServletResponse r = save("en", "12", "1,250.50", "15,000");
		assertThat(r.getStatus()).isEqualTo(302);
		String show = mvc.perform(get(r.getRedirectedUrl()).with(user(steps.user(ngo.username()))))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(show).getElementById("check-budgetBalanced").text()).contains("USD 16,250.50");
	}
}
