package org.trustfund.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.EnumSet;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.trustfund.IntegrationTest;
import org.trustfund.board.session.SessionFixtures;
import org.trustfund.board.session.SessionKind;
import org.trustfund.board.session.SessionService;
import org.trustfund.grants.GrantFixtures;
import org.trustfund.proposals.Fixtures;
import org.trustfund.proposals.Proposal;
import org.trustfund.proposals.Recommendation;
import org.trustfund.proposals.ReviewProcess;
import org.trustfund.proposals.ReviewSteps;
import org.trustfund.security.AppUser;
import org.trustfund.users.Role;

/** Each role's home page answers and shows that role's sections only; a user with two roles sees both. */
@IntegrationTest
class HomePageTest {

	static final List<String> SECTIONS = List.of("home-fund-manager", "home-board", "home-ngo", "home-reviewer",
			"home-admin");

	@Autowired MockMvc mvc;
	@Autowired Fixtures fixtures;
	@Autowired GrantFixtures grants;
	@Autowired SessionFixtures board;
	@Autowired SessionService sessions;
	@Autowired ReviewSteps steps;

	@AfterEach
	void resetClock() {
		org.camunda.bpm.engine.impl.util.ClockUtil.reset();
	}

	private String home(AppUser u) throws Exception {
		MockHttpServletResponse r = mvc.perform(get("/").with(user(u))).andReturn().getResponse();
		assertThat(r.getStatus()).as("home page of %s", u.getUsername()).isEqualTo(200);
		return r.getContentAsString();
	}

	private static void showsOnly(String page, String... sections) {
		for (String s : SECTIONS) {
			if (List.of(sections).contains(s)) {
				assertThat(page).as("shows %s", s).contains("id=\"" + s + "\"");
			}
			else {
				assertThat(page).as("does not show %s", s).doesNotContain("id=\"" + s + "\"");
			}
		}
	}

	@Test
	void aFundManagerSeesTasksMoneyCallsReportsAndReserve() throws Exception {
		String page = home(steps.user(fixtures.user(Role.FUND_MANAGER)));
		showsOnly(page, "home-fund-manager");
		assertThat(page).contains("id=\"home-available\"").contains("id=\"home-paid-this-year\"")
			.contains("id=\"home-reports-overdue\"").contains("id=\"home-reserve-waiting\"")
			.contains("href=\"/ledger/balances\"").contains("href=\"/grants?overdue=true\"");
	}

	@Test
	void anNgoSeesItsProposalsStageAgreementAndMessagesButNotTheFundsMoney() throws Exception {
		GrantFixtures.Awarded a = grants.award("12345.00", 12);
		Proposal pending = fixtures.submitted(fixtures.openCall().getId(), a.ngo());
		String page = home(grants.ngoUser(a));
		showsOnly(page, "home-ngo");
		assertThat(page).doesNotContain("id=\"home-money\"").doesNotContain("Available for new grants")
			.doesNotContain("home-available");
		// the awarded proposal: funded, at the decision; the other with the secretariat, at screening
		assertThat(page).containsPattern("data-proposal=\"" + a.proposalId() + "\"[\\s\\S]*?<li class=\"current\" aria-current=\"step\">Decision</li>[\\s\\S]*?<strong>funded</strong>");
		assertThat(page).containsPattern("data-proposal=\"" + pending.getId() + "\"[\\s\\S]*?<li class=\"current\" aria-current=\"step\">Screening</li>[\\s\\S]*?<strong>with the secretariat</strong>");
		// the agreement to accept, with its deadline and a button to the task
		Task accept = grants.task(a.instanceId(), "acceptAgreement");
		assertThat(page).containsPattern("data-task=\"" + accept.getId() + "\"[\\s\\S]*?due [0-9]{1,2} [A-Z][a-z]+ [0-9]{4}")
			.contains("href=\"/tasks/" + accept.getId() + "\"");
		assertThat(page).contains("id=\"home-unread\"");
	}

	@Test
	void anNgoSeesItsMessageSubjectsInArabicOnAnArabicHomePageAsTheMessagesListShowsThem() throws Exception {
		GrantFixtures.Awarded a = grants.award("12345.00", 12);
		AppUser ngo = grants.ngoUser(a);
		org.jsoup.nodes.Document home = org.jsoup.Jsoup.parse(mvc.perform(get("/").param("lang", "ar").with(user(ngo)))
			.andReturn().getResponse().getContentAsString());
		org.jsoup.nodes.Document list = org.jsoup.Jsoup.parse(mvc.perform(get("/messages").param("lang", "ar")
			.with(user(ngo))).andReturn().getResponse().getContentAsString());
		List<String> onHome = home.select("#home-ngo li a[href^=/messages/] bdi").eachText();
		assertThat(onHome).as("messages on the home page").isNotEmpty();
		List<String> listed = list.select("a[href^=/messages/]").eachText();
		assertThat(listed).containsAll(onHome);
		// each subject is written in Arabic (none of the English subjects is left on the Arabic page)
		assertThat(onHome).allSatisfy(subject -> assertThat(subject).containsPattern("[\\u0600-\\u06FF]"));
	}

	@Test
	void aReviewerSeesTheProposalsToScoreWithTheirDueDates() throws Exception {
		String fm = fixtures.user(Role.FUND_MANAGER);
		fixtures.user(Role.REVIEWER);
		fixtures.user(Role.REVIEWER);
		Proposal p = fixtures.submitted(fixtures.openCall().getId(), fixtures.verifiedNgo("TH"));
		String pid = fixtures.reviewOf(p.getId()).getId();
		steps.screen(pid, fm, "accept", "");
		Task declare = steps.open(pid, ReviewProcess.DECLARE_CONFLICT_TASK).get(0);
		String reviewer = declare.getAssignee();
		assertThat(home(steps.user(reviewer))).contains("id=\"home-to-declare\"")
			.contains("href=\"/tasks/" + declare.getId() + "\"");
		steps.declare(declare, false, "");
		Task score = steps.open(pid, ReviewProcess.SCORE_TASK).stream().filter(t -> reviewer.equals(t.getAssignee()))
			.findFirst().orElseThrow();
		String page = home(steps.user(reviewer));
		showsOnly(page, "home-reviewer");
		assertThat(page).containsPattern("id=\"home-to-score\"[\\s\\S]*?data-task=\"" + score.getId() + "\"")
			.contains(p.getTitle()).contains("href=\"/tasks/" + score.getId() + "\"");
	}

	@Test
	void aTrusteeSeesTheBallotWithItsDeadlineAndTheNextSession() throws Exception {
		SessionFixtures.Board b = board.board("AT", "NG", "FR");
		long call = board.readyCall();
		long org = board.ngo().organisationId();
		board.proposal(call, org, "TH", "1000.00", 1, Recommendation.FUND);
		long session = sessions.convene(call, SessionKind.MEETING, "fundmanager").getId();
		String page = home(steps.user(b.trustee(1)));
		showsOnly(page, "home-board");
		assertThat(page).containsPattern("id=\"home-ballots\"[\\s\\S]*?>Vote</a>")
			.contains("href=\"/board/sessions/" + session + "\"").contains("id=\"home-board-available\"");
		// the chair (also a trustee) sees the same section once
		String chair = home(steps.user(b.trustee(0)));
		assertThat(chair.split("id=\"home-board\"", -1)).hasSize(2);
	}

	@Test
	void anAdministratorSeesUsersOrganisationsAndTheEngine() throws Exception {
		String page = home(steps.user(fixtures.user(Role.ADMIN)));
		showsOnly(page, "home-admin");
		assertThat(page).contains("id=\"home-users-waiting\"").contains("id=\"home-organisations-to-verify\"")
			.contains("id=\"home-incidents\"").contains("id=\"home-failed-jobs\"");
	}

	@Test
	void aUserWithTwoRolesSeesBothSections() throws Exception {
		String both = board.user(EnumSet.of(Role.FUND_MANAGER, Role.ADMIN));
		showsOnly(home(steps.user(both)), "home-fund-manager", "home-admin");
	}

	@Test
	void anNgoMemberSeesTheProgressBarOnTheProposalPage() throws Exception {
		Fixtures.Ngo ngo = fixtures.verifiedNgo("TH");
		Proposal p = fixtures.submitted(fixtures.openCall().getId(), ngo);
		String page = mvc.perform(get("/proposals/" + p.getId()).with(user(steps.user(ngo.username())))).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).containsPattern("<ol aria-label=\"Where the proposal stands\">\\s*<li class=\"done\">Submitted</li>\\s*"
				+ "<li class=\"current\" aria-current=\"step\">Screening</li>\\s*<li class=\"todo\">Review</li>");
		String staff = mvc.perform(get("/proposals/" + p.getId()).with(user(steps.user(fixtures.user(Role.FUND_MANAGER)))))
			.andReturn().getResponse().getContentAsString();
		assertThat(staff).doesNotContain("Where the proposal stands");
	}
}
