package org.trustfund.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.trustfund.shared.Money;
import org.trustfund.IntegrationTest;
import org.trustfund.calls.Call;
import org.trustfund.users.Role;

/** The NGO's proposal pages and the process diagram, without JavaScript. */
@IntegrationTest
class ProposalPagesTest {

	@Autowired MockMvc mvc;
	@Autowired Fixtures fixtures;
	@Autowired ReviewSteps steps;
	@Autowired ProposalService proposals;
	@Autowired org.trustfund.users.UserService users;

	Call call;
	Fixtures.Ngo ngo;

	@BeforeEach
	void setUp() {
		call = fixtures.openCall();
		ngo = fixtures.verifiedNgo("TH");
	}

	private MockHttpServletRequestBuilder form(String victims, String lineAmount) {
		return post("/calls/" + call.getId() + "/proposals/new").with(user(steps.user(ngo.username()))).with(csrf())
			.param("title", "Safe house").param("country", "TH").param("targetGroups", "WOMEN", "GIRLS")
			.param("services", "BASIC_SHELTER").param("victimsPerYear", victims)
			.param("durationMonths", "24").param("narrative", "We shelter survivors.").param("contactName", "Amina")
			.param("contactEmail", "amina@ngo.example").param("lines[0].category", "STAFF")
			.param("lines[0].description", "Social worker").param("lines[0].amount", lineAmount)
			.param("lines[1].category", "").param("lines[1].description", "").param("lines[1].amount", "");
	}

	@Test
	void anNgoDraftsThroughTheFormAndSeesEachMistake() throws Exception {
		// A number that is not one cannot be stored: the rest of the draft is saved, the form comes back saying
		// which values were left out and why, with what was typed.
		// Post/Redirect/Get: the draft's edit page shows it (the flash attributes), so a reload saves nothing again.
		var saved = mvc.perform(form("eighty", "ten thousand")).andReturn();
		assertThat(saved.getResponse().getStatus()).isEqualTo(302);
		assertThat(saved.getResponse().getRedirectedUrl()).matches("/proposals/[0-9]+/edit");
		MockHttpServletResponse bad = mvc.perform(get(saved.getResponse().getRedirectedUrl())
			.requestAttr(org.springframework.web.servlet.DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, saved.getFlashMap())
			.with(user(steps.user(ngo.username())))).andReturn().getResponse();
		assertThat(bad.getStatus()).isEqualTo(200);
		assertThat(bad.getContentAsString()).contains("The draft is saved, except").contains("Not a number: eighty")
			.contains("Budget line 1: ten thousand is not an amount").contains("value=\"Safe house\"")
			.contains("value=\"eighty\"").contains("value=\"ten thousand\"");
		assertThat(proposals.ofOrganisation(ngo.organisationId())).singleElement().satisfies(d -> {
			assertThat(d.getTitle()).isEqualTo("Safe house");
			assertThat(d.getVictimsPerYear()).isZero();
			assertThat(d.getBudgetLines().get(0).amount()).isNull();
		});

		// The amount requested is the sum of the lines (issue 16 item 3): a typed amount is not taken.
		MockHttpServletResponse ok = mvc.perform(form("80", "900").param("amountRequested", "1000")).andReturn()
			.getResponse();
		assertThat(ok.getStatus()).isEqualTo(302);
		Proposal p = proposals.get(Long.parseLong(ok.getRedirectedUrl().substring("/proposals/".length())));
		assertThat(p.getBudgetLines()).hasSize(1);
		assertThat(p.getAmountRequested()).isEqualTo(Money.of("900.00"));
		assertThat(ok.getRedirectedUrl()).isEqualTo("/proposals/" + p.getId());
	}

	@Test
	void aRefusedSubmissionShowsTheReasonsOnTheProposalPage() throws Exception {
		Proposal p = proposals.draft(call.getId(), ngo.organisationId(), Fixtures.proposalForm("TH", "70000.00"),
				ngo.username());
		MockHttpServletResponse r = mvc.perform(post("/proposals/" + p.getId() + "/submit")
			.with(user(steps.user(ngo.username()))).with(csrf())).andReturn().getResponse();
		assertThat(r.getRedirectedUrl()).isEqualTo("/proposals/" + p.getId());
		// The reasons travel as flash attributes in the HTTP session (Spring Session's cookie), as in a browser.
		jakarta.servlet.http.Cookie session = r.getCookie("SESSION");
		assertThat(session).as("the redirect carries the session with the reasons").isNotNull();
		String page = mvc.perform(get("/proposals/" + p.getId()).with(user(steps.user(ngo.username())))
			.cookie(session)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("The amount requested is above the call&#39;s ceiling");
		assertThat(proposals.get(p.getId()).getStatus()).isEqualTo(ProposalStatus.DRAFT);
	}

	@Test
	void theProcessPageDrawsTheDiagramWithTheCurrentStepHighlighted() throws Exception {
		Proposal p = fixtures.submitted(call.getId(), ngo);
		String fm = fixtures.user(Role.FUND_MANAGER);
		String page = mvc.perform(get("/proposals/" + p.getId() + "/process").with(user(steps.user(fm))))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("<svg").contains("class=\"node current userTask\"")
			.contains("<title>Screen proposal (current step)</title>").contains("Check eligibility");
		assertThat(page).containsPattern("id=\"current-steps\"[^>]*>Screen proposal<");
		// for keyboards and screen readers: the scrolling frame takes focus and has a name, each image its title
		assertThat(page).containsPattern("class=\"diagram\" tabindex=\"0\" role=\"group\" aria-label=\"Process diagram")
			.containsPattern("<svg [^>]*role=\"img\" aria-label=\"[^\"]+\"");

		fixtures.user(Role.REVIEWER);
		fixtures.user(Role.REVIEWER);
		steps.screen(fixtures.reviewOf(p.getId()).getId(), fm, "accept", "");
		String inReview = mvc.perform(get("/proposals/" + p.getId() + "/process").with(user(steps.user(fm))))
			.andReturn().getResponse().getContentAsString();
		assertThat(inReview).contains("class=\"node current subProcess\"")
			.contains("<title>Declare any conflict of interest (current step)</title>");
	}
	@Test
	void theHistoryNamesTheAssignedReviewerByTheirNameInBothLanguages() throws Exception {
		Proposal p = fixtures.submitted(call.getId(), ngo);
		String fm = fixtures.user(Role.FUND_MANAGER);
		fixtures.user(Role.REVIEWER);
		fixtures.user(Role.REVIEWER);
		steps.screen(fixtures.reviewOf(p.getId()).getId(), fm, "accept", "");
		for (String lang : java.util.List.of("en", "ar")) {
			String page = mvc.perform(get("/proposals/" + p.getId()).param("lang", lang).with(user(steps.user(fm))))
				.andReturn().getResponse().getContentAsString();
			java.util.List<String> assigned = org.jsoup.Jsoup.parse(page).select("ol.history li").stream()
				.filter(li -> li.text().contains("en".equals(lang) ? "Reviewer assigned" : "عُيّن مراجع"))
				.map(li -> li.select(".message-body").text()).toList();
			// the process may choose reviewers that other test classes made (one database per JVM, some fixtures give
			// a person their username as their name): each entry names a reviewer by their display name, and shows a
			// username only where it is that person's name too
			java.util.List<org.trustfund.users.UserAccount> reviewers = users.withRole(Role.REVIEWER);
			assertThat(assigned).as(lang).hasSize(2).allSatisfy(note -> assertThat(reviewers)
				.anySatisfy(r -> assertThat(note).isEqualTo("— " + r.getDisplayName()))
				.noneSatisfy(r -> assertThat(note).isEqualTo("— " + r.getUsername())
					.isNotEqualTo("— " + r.getDisplayName())));
		}
	}
}
