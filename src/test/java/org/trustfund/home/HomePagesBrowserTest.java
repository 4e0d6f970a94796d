package org.trustfund.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trustfund.Chromium;
import org.trustfund.ServerTest;
import org.trustfund.board.BoardSessionProcess;
import org.trustfund.board.session.SessionFixtures;
import org.trustfund.board.session.SessionKind;
import org.trustfund.board.session.SessionService;
import org.trustfund.grants.GrantFixtures;
import org.trustfund.grants.GrantQueries;
import org.trustfund.ledger.BalanceDashboard;
import org.trustfund.ledger.LedgerReports;
import org.trustfund.notifications.NotificationService;
import org.trustfund.organisations.OrganisationService;
import org.trustfund.proposals.Fixtures;
import org.trustfund.proposals.Proposal;
import org.trustfund.proposals.Recommendation;
import org.trustfund.proposals.ReviewProcess;
import org.trustfund.proposals.ReviewSteps;
import org.trustfund.reserve.ReserveEntry;
import org.trustfund.reserve.ReserveListService;
import org.trustfund.tasks.TaskCounts;
import org.trustfund.tasks.TaskFilter;
import org.trustfund.tasks.TaskListService;
import org.trustfund.tasks.TaskView;
import org.trustfund.users.Role;

/**
 * Each role's home page in Chromium: its figures equal what the services of the pages they link to give, and
 * the links lead there; the NGO follows its proposals on the progress bar, in English and Arabic.
 */
@Tag("browser")
@ServerTest
class HomePagesBrowserTest {

	static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	@LocalServerPort int port;
	@Autowired Fixtures fixtures;
	@Autowired GrantFixtures grants;
	@Autowired SessionFixtures board;
	@Autowired SessionService sessions;
	@Autowired ReviewSteps steps;
	@Autowired TaskListService taskList;
	@Autowired LedgerReports ledger;
	@Autowired GrantQueries grantQueries;
	@Autowired ReserveListService reserve;
	@Autowired NotificationService notifications;
	@Autowired OrganisationService organisations;
	@Autowired RuntimeService runtime;
	@Autowired ManagementService management;

	Chromium chromium;
	WebDriver browser;
	String base;

	@BeforeEach
	void openBrowser() throws Exception {
		chromium = Chromium.start(1280, 2000);
		browser = chromium.driver();
		base = "http://localhost:" + port;
	}

	@AfterEach
	void closeBrowser() throws Exception {
		ClockUtil.reset();
		if (chromium != null) {
			chromium.close();
		}
	}

	static String usd(BigDecimal amount) {
		return "USD " + new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US)).format(amount);
	}

	private String text(String id) {
		return browser.findElement(By.id(id)).getText().strip();
	}

	/** Keeps a picture of the page in target/ for people to look at (CI keeps target/ as an artifact). */
	private void shoot(String name) throws java.io.IOException {
		java.nio.file.Files.write(java.nio.file.Path.of("target", "browser-home-" + name + ".png"),
				((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
	}

	private void home(String username) {
		chromium.logIn(base, username, Fixtures.PASSWORD);
		browser.get(base + "/");
	}

	@Test
	void theFundManagersFiguresAreTheLedgersTheTaskListsTheGrantsAndTheReserveLists() throws Exception {
		fixtures.payIntoFund("1234567.89");
		String fm = fixtures.user(Role.FUND_MANAGER);
		fixtures.submitted(fixtures.openCall().getId(), fixtures.verifiedNgo("TH"));
		home(fm);

		BalanceDashboard d = ledger.dashboard();
		assertThat(text("home-available")).isEqualTo(usd(d.available()));
		assertThat(text("home-committed")).isEqualTo(usd(d.totals().committed()));
		assertThat(text("home-disbursed")).isEqualTo(usd(d.totals().disbursed()));
		BigDecimal paid = d.years().stream().filter(y -> y.year() == java.time.LocalDate.now(ZoneOffset.UTC).getYear())
			.findFirst().map(BalanceDashboard.YearFigures::paidIn).orElseThrow();
		assertThat(text("home-paid-this-year")).isEqualTo(usd(paid));
		assertThat(text("home-yearly-need")).startsWith("of USD 1,000,000.00 needed (");
		assertThat(text("home-reports-overdue"))
			.isEqualTo(Long.toString(grantQueries.count(new GrantQueries.Filter(null, null, null, null, true))));
		long waiting = reserve.lists().stream().filter(l -> l.isOpen())
			.mapToLong(l -> reserve.entries(l.getCallId()).stream().filter(ReserveEntry::isOnList).count()).sum();
		assertThat(text("home-reserve-waiting")).isEqualTo(Long.toString(waiting));

		// tasks by kind, as the task list counts them, overdue kinds first
		TaskCounts counts = taskList.list(grants.user(fm), TaskFilter.ALL).counts();
		Map<String, Long> expected = counts.kinds().stream()
			.collect(Collectors.toMap(TaskCounts.Count::kind, TaskCounts.Count::count, Long::sum));
		List<WebElement> rows = browser.findElements(By.cssSelector("#home-task-kinds tbody tr"));
		assertThat(rows).hasSize(counts.kinds().size()).isNotEmpty();
		shoot("fund-manager");
		long previousOverdue = Long.MAX_VALUE;
		for (WebElement row : rows) {
			List<WebElement> cells = row.findElements(By.tagName("td"));
			long overdue = Long.parseLong(cells.get(0).getText().strip());
			assertThat(overdue).isLessThanOrEqualTo(previousOverdue);
			previousOverdue = overdue;
			assertThat(Long.parseLong(cells.get(1).getText().strip())).isEqualTo(expected.get(row.getAttribute("data-kind")));
		}
		// the screening task of the new proposal is counted and links to the filtered task list
		WebElement screen = browser.findElement(By.cssSelector("#home-task-kinds tr[data-kind='screenProposal'] td:last-child a"));
		screen.click();
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("kind=screenProposal"));
		assertThat(browser.findElements(By.linkText("Screen proposal"))).isNotEmpty();

		browser.get(base + "/");
		browser.findElement(By.id("home-reports-overdue")).click();
		assertThat(browser.getCurrentUrl()).endsWith("/grants?overdue=true");
	}

	@Test
	void aTrusteeSeesTheBallotWithItsDeadlineAndVotesFromTheHomePage() throws Exception {
		SessionFixtures.Board b = board.board("AT", "NG", "FR");
		long call = board.readyCall();
		board.proposal(call, board.ngo().organisationId(), "TH", "1000.00", 1, Recommendation.FUND);
		long session = sessions.convene(call, SessionKind.MEETING, "fundmanager").getId();
		String trustee = b.trustee(1);
		home(trustee);

		TaskView ballot = taskList.list(grants.user(trustee), new TaskFilter(1, 10, BoardSessionProcess.KEY,
				BoardSessionProcess.CAST_VOTES_TASK, null, null, null, TaskFilter.Sort.DUE)).tasks().get(0);
		WebElement row = browser.findElement(By.cssSelector("#home-ballots li[data-task='" + ballot.id() + "']"));
		assertThat(row.findElement(By.className("due")).getText()).isEqualTo("due " + DUE.format(ballot.due()));
		// the next session is the one voting with the nearest deadline, this one or another test's in the shared database
		org.trustfund.board.session.BoardSession next = sessions.all().stream()
			.filter(s -> s.getStatus() == org.trustfund.board.session.SessionStatus.VOTING && s.getVotingDeadline() != null)
			.min(java.util.Comparator.comparing(org.trustfund.board.session.BoardSession::getVotingDeadline)).orElseThrow();
		assertThat(next.getVotingDeadline()).isBeforeOrEqualTo(sessions.get(session).getVotingDeadline());
		assertThat(text("home-next-session")).startsWith("Session " + next.getId() + ": voting until "
				+ DUE.format(next.getVotingDeadline()));
		assertThat(text("home-board-available")).isEqualTo(usd(ledger.dashboard().available()));
		shoot("trustee");
		row.findElement(By.linkText("Vote")).click();
		assertThat(browser.getCurrentUrl()).endsWith("/tasks/" + ballot.id());
		assertThat(browser.findElements(By.id("submitVotes"))).isNotEmpty();
	}

	@Test
	void anNgoFollowsItsProposalsOnTheProgressBarInEnglishAndArabic() throws Exception {
		GrantFixtures.Awarded a = grants.award("23456.00", 12);
		Proposal pending = fixtures.submitted(fixtures.openCall().getId(), a.ngo());
		fixtures.cheapPassword(a.ngo().username());
		home(a.ngo().username());

		WebElement funded = browser.findElement(By.cssSelector(".progress[data-proposal='" + a.proposalId() + "']"));
		assertThat(funded.findElement(By.cssSelector("li[aria-current='step']")).getText()).isEqualTo("Decision");
		assertThat(funded.findElement(By.cssSelector(".progress-stage strong")).getText()).isEqualTo("funded");
		WebElement screening = browser.findElement(By.cssSelector(".progress[data-proposal='" + pending.getId() + "']"));
		assertThat(screening.findElements(By.cssSelector("li"))).extracting(WebElement::getText)
			.containsExactly("Submitted", "Screening", "Review", "Board", "Decision");
		assertThat(screening.findElement(By.cssSelector("li[aria-current='step']")).getText()).isEqualTo("Screening");
		assertThat(screening.findElement(By.cssSelector(".progress-stage strong")).getText())
			.isEqualTo("with the secretariat");

		Task accept = grants.task(a.instanceId(), "acceptAgreement");
		WebElement agreement = browser.findElement(By.cssSelector("#home-agreements li[data-task='" + accept.getId() + "']"));
		assertThat(agreement.findElement(By.className("due")).getText())
			.isEqualTo("due " + DUE.format(accept.getDueDate().toInstant()));
		assertThat(text("home-unread")).isEqualTo(notifications.unread(a.ngo().username()) + " unread");
		assertThat(browser.getPageSource()).doesNotContain("Available for new grants");
		shoot("ngo");

		// the proposal page shows the same bar
		browser.get(base + "/proposals/" + pending.getId());
		assertThat(browser.findElement(By.cssSelector(".progress li[aria-current='step']")).getText()).isEqualTo("Screening");

		browser.get(base + "/");
		browser.findElement(By.linkText("العربية")).click();
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.attributeToBe(By.tagName("html"), "dir", "rtl"));
		WebElement arabic = browser.findElement(By.cssSelector(".progress[data-proposal='" + pending.getId() + "']"));
		assertThat(arabic.findElement(By.cssSelector("li[aria-current='step']")).getText()).isEqualTo("الفرز");
		assertThat(arabic.findElement(By.cssSelector(".progress-stage strong")).getText()).isEqualTo("لدى الأمانة");
		assertThat(text("home-ngo-title")).isEqualTo("منظمتك");
		assertThat(text("home-unread")).as("one digit system: Latin, as elsewhere").matches("[0-9]+ غير مقروءة");
		shoot("ngo-ar");
	}

	@Test
	void aReviewerSeesTheProposalToScoreWithItsDueDate() throws Exception {
		String fm = fixtures.user(Role.FUND_MANAGER);
		fixtures.user(Role.REVIEWER);
		fixtures.user(Role.REVIEWER);
		Proposal p = fixtures.submitted(fixtures.openCall().getId(), fixtures.verifiedNgo("TH"));
		String pid = fixtures.reviewOf(p.getId()).getId();
		steps.screen(pid, fm, "accept", "");
		Task declare = steps.open(pid, ReviewProcess.DECLARE_CONFLICT_TASK).get(0);
		String reviewer = declare.getAssignee();
		steps.declare(declare, false, "");
		fixtures.cheapPassword(reviewer);
		home(reviewer);

		List<TaskView> toScore = taskList.list(grants.user(reviewer), new TaskFilter(1, 10, ReviewProcess.KEY,
				ReviewProcess.SCORE_TASK, null, null, null, TaskFilter.Sort.DUE)).tasks();
		List<WebElement> listed = browser.findElements(By.cssSelector("#home-to-score li"));
		assertThat(listed).extracting(e -> e.getAttribute("data-task"))
			.containsExactlyElementsOf(toScore.stream().map(TaskView::id).toList());
		for (int i = 0; i < listed.size(); i++) {
			Instant due = toScore.get(i).due();
			assertThat(listed.get(i).findElement(By.className("due")).getText())
				.isEqualTo(due == null ? "no due date" : "due " + DUE.format(due));
		}
		assertThat(browser.findElement(By.id("home-to-score")).getText()).contains(p.getTitle());
		shoot("reviewer");
	}

	@Test
	void anAdministratorSeesWhatWaitsAndTheEnginesTroubles() throws Exception {
		String admin = fixtures.user(Role.ADMIN);
		fixtures.ngo("KE");
		home(admin);

		long toVerify = organisations.all().stream()
			.filter(o -> o.getStatus() == org.trustfund.organisations.OrganisationStatus.PENDING).count();
		assertThat(text("home-organisations-to-verify")).isEqualTo(Long.toString(toVerify));
		assertThat(Long.parseLong(text("home-users-waiting"))).isGreaterThanOrEqualTo(1);
		assertThat(text("home-incidents")).isEqualTo(Long.toString(runtime.createIncidentQuery().count()));
		shoot("admin");
		assertThat(text("home-failed-jobs")).isEqualTo(Long.toString(management.createJobQuery().withException().count()));
		browser.findElement(By.id("home-organisations-to-verify")).click();
		assertThat(browser.getCurrentUrl()).endsWith("/organisations?status=PENDING");
	}
}
