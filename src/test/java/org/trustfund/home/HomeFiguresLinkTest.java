package org.trustfund.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.trustfund.IntegrationTest;
import org.trustfund.calls.Call;
import org.trustfund.organisations.OrganisationService;
import org.trustfund.proposals.Fixtures;
import org.trustfund.proposals.ReviewSteps;
import org.trustfund.security.AppUser;
import org.trustfund.users.Role;

/**
 * Home-page figures link to the page that shows exactly that figure: the number on the home page is the number
 * of rows of the linked, filtered list; and an NGO member sees its organisation and where its verification stands.
 */
@IntegrationTest
class HomeFiguresLinkTest {

	@Autowired MockMvc mvc;
	@Autowired Fixtures fixtures;
	@Autowired ReviewSteps steps;
	@Autowired OrganisationService organisations;

	private Document page(AppUser u, String address) throws Exception {
		MockHttpServletResponse r = mvc.perform(get(address).with(user(u))).andReturn().getResponse();
		assertThat(r.getStatus()).as("%s for %s", address, u.getUsername()).isEqualTo(200);
		return Jsoup.parse(r.getContentAsString());
	}

	/** The figure's number, and the rows of the list it links to (every row: the largest page). */
	private void figureMatchesItsList(AppUser u, Element figure, String table) throws Exception {
		String href = figure.attr("href");
		int figureValue = Integer.parseInt(figure.text().strip());
		Document list = page(u, href + (href.contains("?") ? "&" : "?") + "size=200");
		assertThat(list.select("table#" + table + " > tbody > tr")).as("rows of %s", href).hasSize(figureValue);
	}

	@Test
	void theAdministratorsFiguresAreTheRowsOfTheFilteredListsTheyLinkTo() throws Exception {
		Fixtures.Ngo waiting = fixtures.ngo("TH");
		fixtures.verifiedNgo("TH");
		AppUser admin = steps.user(fixtures.user(Role.ADMIN));
		Document home = page(admin, "/");

		Element users = home.getElementById("home-users-waiting");
		assertThat(users.attr("href")).isEqualTo("/admin/users?waiting=true");
		assertThat(Integer.parseInt(users.text())).isPositive();
		figureMatchesItsList(admin, users, "users");
		Document waitingUsers = page(admin, "/admin/users?waiting=true&size=200");
		assertThat(waitingUsers.select("table#users > tbody > tr").text()).contains(waiting.username());
		assertThat(waitingUsers.getElementById("waiting").hasAttr("checked")).isTrue();

		Element orgs = home.getElementById("home-organisations-to-verify");
		assertThat(orgs.attr("href")).isEqualTo("/organisations?status=PENDING");
		assertThat(Integer.parseInt(orgs.text())).isPositive();
		figureMatchesItsList(admin, orgs, "organisations");
		figureMatchesItsList(admin, home.getElementById("home-organisations-asked"), "organisations");
	}

	@Test
	void theFundManagersProposalsByStageAreTheRowsOfTheFilteredProposalsList() throws Exception {
		Call call = fixtures.openCall();
		Fixtures.Ngo ngo = fixtures.verifiedNgo("TH");
		fixtures.submitted(call.getId(), ngo);
		fixtures.submitted(call.getId(), ngo);
		fixtures.submitted(call.getId(), fixtures.verifiedNgo("TH"));
		AppUser fm = steps.user(fixtures.user(Role.FUND_MANAGER));
		Document home = page(fm, "/");

		var stages = home.select("div.home-call[data-call=" + call.getId() + "] li[data-stage] a");
		assertThat(stages).isNotEmpty();
		int sum = 0;
		for (Element stage : stages) {
			assertThat(stage.attr("href")).startsWith("/proposals?callId=" + call.getId() + "&stage=");
			figureMatchesItsList(fm, stage, "proposals");
			sum += Integer.parseInt(stage.text());
		}
		assertThat(sum).isEqualTo(3);
		figureMatchesItsList(fm, home.getElementById("home-reports-overdue"), "grants");
		Element reserve = home.getElementById("home-reserve-waiting");
		Element total = page(fm, reserve.attr("href")).getElementById("reserve-waiting-total");
		// no reserve list yet: the page says so and nobody waits
		assertThat(total == null ? "0" : total.text()).isEqualTo(reserve.text());
	}

	@Test
	void anNgoMemberSeesItsOrganisationAndWhatHappensNextWhileItIsNotVerified() throws Exception {
		Fixtures.Ngo pending = fixtures.ngo("TH");
		String name = organisations.get(pending.organisationId()).getName();
		Document home = page(steps.user(pending.username()), "/");
		Element org = home.getElementById("home-organisation");
		assertThat(org.text()).contains(name).contains("Waiting for verification");
		assertThat(org.selectFirst("a").attr("href")).isEqualTo("/organisations/" + pending.organisationId());
		Element standing = home.getElementById("home-standing");
		assertThat(standing.text()).contains("Your organisation is not verified yet.")
			.contains("The secretariat is checking").contains("You will receive a message")
			.containsPattern("signed up on [0-9]{1,2} [A-Z][a-z]+ [0-9]{4}");

		Document arabic = page(steps.user(pending.username()), "/?lang=ar");
		assertThat(arabic.getElementById("home-standing").text()).contains("لم يُتحقق من منظمتك بعد")
			.contains("تراجع الأمانة");

		Fixtures.Ngo verified = fixtures.verifiedNgo("TH");
		Document ok = page(steps.user(verified.username()), "/");
		assertThat(ok.getElementById("home-organisation").text()).contains("Verified");
		assertThat(ok.getElementById("home-standing")).isNull();
	}
}
