package org.trustfund.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.trustfund.Chromium;
import org.trustfund.ServerTest;
import org.trustfund.browser.CrawlData.Visitor;
import org.trustfund.browser.SiteCrawler.Page;

/**
 * Every page of every role, in English and Arabic, at a desktop's width and a phone's (390 px), in Chromium:
 * axe-core (WCAG 2.1 A and AA) finds no violation, no page is wider than a phone's screen, no link leads to an
 * error page, and on a phone the menu folds behind its button. The pages are found by following links from the
 * home page (see {@link SiteCrawler}: one page of each kind; Camunda's webapps and Swagger UI are third-party
 * and left out). Each role crawls in English, then visits its home page and the kinds of page no earlier role of
 * the class visited in Arabic. Every visit is checked
 * for error pages and width; axe runs on each kind of page once per language and width (see {@link PageChecks}),
 * not on every visit: over 700 axe runs became under 300.
 */
@Tag("browser")
@ServerTest
abstract class EveryPageAccessibleBrowserTest {

	/**
	 * The visitors this crawl takes (roles of {@link CrawlData}, and {@code anonymous}): the crawl is split in two
	 * classes so that the build's two or three test JVMs run the halves at once.
	 */
	abstract java.util.Set<String> roles();

	private static final int MAX_PAGES_PER_ROLE = 80;
	/**
	 * The pages a visitor who has not logged in sees. ({@code /public/report} is off in the tests' settings; it is
	 * the fund report's template, which the staff's crawl checks.)
	 */
	private static final List<String> PUBLIC_PAGES = List.of("/login", "/signup");
	/** {@code -Dcrawl.roles=ngo,reviewer}: only these visitors (while fixing pages); all when not set. */
	private static final String ROLES = System.getProperty("crawl.roles", "");
	/** The Maven build's start time (pom.xml): the two crawl classes of one build share their coverage. */
	private static final String BUILD = System.getProperty("crawl.build", "");
	/**
	 * {@code -Dcrawl.englishLeft=true}: the summary also lists the English words on each page shown in Arabic
	 * ({@link EnglishLeft}, user data included: no allowed words), while fixing pages; off in the build.
	 */
	private static final boolean ENGLISH_LEFT = Boolean.getBoolean("crawl.englishLeft");

	@LocalServerPort int port;
	@Autowired CrawlData data;
	@Autowired MessageSource messages;
	@Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

	private final List<String> problems = new ArrayList<>();
	private final List<String> summary = new ArrayList<>();
	private final List<Page> visited = new ArrayList<>();
	/**
	 * The kinds of page visited in Arabic so far: each kind once per crawl class (the first visitor to reach it),
	 * the home page once per visitor, since each role's home page is its own. Other roles see the same templates
	 * with other links and buttons, which the English crawl visits; revisiting every one of them in Arabic was a
	 * quarter of the build's time on Chromium and the server.
	 */
	private final Set<String> arabic = new TreeSet<>();
	/** The headings of the task forms seen in English: their tasks' names (see {@link CrawlCoverage}). */
	private final Set<String> taskForms = new TreeSet<>();
	private int checks;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void everyPageOfEveryRoleIsAccessibleInBothLanguagesOnADesktopAndAPhone() throws Exception {
		long started = System.nanoTime();
		List<Visitor> visitors = data.make();
		long madeData = System.nanoTime();
		String base = "http://localhost:" + port;
		try (Chromium chromium = Chromium.start(PageChecks.DESKTOP, 900)) {
			WebDriver driver = chromium.driver();
			PageChecks page = new PageChecks(driver);
			SiteCrawler crawler = new SiteCrawler(driver, base, MAX_PAGES_PER_ROLE);
			axeFindsAViolation(driver, page, base);
			Visitor anonymous = new Visitor("anonymous", null, null, PUBLIC_PAGES);
			if (chosen(anonymous)) {
				crawl(anonymous, driver, page, crawler, base);
			}
			for (Visitor visitor : visitors.stream().filter(this::chosen).toList()) {
				chromium.logIn(base, visitor.username(), visitor.password());
				crawl(visitor, driver, page, crawler, base);
				if (visitor.role().equals("fundmanager")) {
					historyPreview(visitor, driver, page, base);
					menuFoldsOnAPhone(driver, page, base);
				}
				driver.manage().deleteAllCookies();
			}
			coverage(visitors);
			summary.add(String.format("%d pages visited (each: error page? width at %dpx), %s (each kind of page in "
					+ "each language at %dpx%s); data %.1f s, browser %.1f s", checks, PageChecks.PHONE,
					page.axeTime(), PageChecks.PHONE, PageChecks.DESKTOP_TOO ? ", in English at " + PageChecks.DESKTOP
							+ "px" : "", (madeData - started) / 1e9,
					(System.nanoTime() - madeData) / 1e9));
		}
		summary.forEach(System.out::println);
		assertThat(problems).as("accessibility and phone-width problems, one a line:%n%s", String.join("\n", problems))
			.isEmpty();
	}

	/** The checker itself: an image without a text alternative, added to a page, is found. */
	private static void axeFindsAViolation(WebDriver driver, PageChecks checks, String base) {
		driver.get(base + "/login");
		((JavascriptExecutor) driver).executeScript(
				"const img = document.createElement('img'); img.src = '/favicon.ico'; img.id = 'no-alt';"
						+ "document.querySelector('main').append(img);");
		assertThat(checks.axe("self-check", true)).anySatisfy(line -> assertThat(line).contains("image-alt").contains("#no-alt"));
	}

	private boolean chosen(Visitor visitor) {
		return roles().contains(visitor.role())
				&& (ROLES.isBlank() || List.of(ROLES.split(",")).contains(visitor.role()));
	}

	/**
	 * Crawls in English from the start pages, then visits in Arabic the home page and the kinds of page no earlier
	 * visitor of this class visited in Arabic; checks each page.
	 */
	private void crawl(Visitor visitor, WebDriver driver, PageChecks checks, SiteCrawler crawler, String base) {
		List<String> starts = visitor.starts();
		checks.width(PageChecks.PHONE);
		driver.get(base + starts.get(0) + "?lang=en");
		SiteCrawler crawl = visitor.maxPages() > 0 ? new SiteCrawler(driver, base, visitor.maxPages()) : crawler;
		List<Page> pages = crawl.crawl(starts, p -> check(visitor, "en", p, driver, checks));
		driver.get(base + starts.get(0) + "?lang=ar");
		for (Page p : pages) {
			if (p.key().equals("/") || arabic.add(p.key())) {
				driver.get(p.url());
				check(visitor, "ar", p, driver, checks);
			}
		}
		summary.add(visitor.role() + " (" + visitor.username() + "): " + pages.size() + " pages: "
				+ pages.stream().map(Page::key).toList());
		visited.addAll(pages);
	}

	/**
	 * The page that checks a history file before its import is the answer to a form (a POST), which no link
	 * reaches: the fund manager sends a donors file with a problem from {@code /history/donors}, in each language
	 * (the page lists the problems; a file without one shows a sentence and the import button instead).
	 */
	private void historyPreview(Visitor visitor, WebDriver driver, PageChecks checks, String base) throws Exception {
		Path file = Files.createTempFile("crawl-donors", ".csv");
		try {
			Files.writeString(file, "reference,name,kind,country,anonymous\nD-PREVIEW-" + System.nanoTime()
					+ ",Preview Trust,charity,AT,no\n", StandardCharsets.UTF_8);
			for (String language : List.of("en", "ar")) {
				driver.get(base + "/history/donors?lang=" + language);
				driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
				driver.findElement(By.cssSelector("form[enctype='multipart/form-data'] button[type=submit]")).click();
				check(visitor, language, new Page("/history/{kind}/preview", driver.getCurrentUrl(), "/history/donors"),
						driver, checks);
			}
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	/**
	 * Lists the pages no visitor reached (see {@link CrawlCoverage}); when the visitors of both crawl classes of
	 * this build have crawled, each such page is a problem.
	 */
	private void coverage(List<Visitor> visitors) {
		Set<String> everyRole = new TreeSet<>(Set.of("anonymous"));
		visitors.forEach(v -> everyRole.add(v.role()));
		Set<String> mine = new TreeSet<>(roles());
		CrawlCoverage coverage = new CrawlCoverage(mappings, messages, Path.of("bpmn"));
		Set<String> covered = coverage.covered(visited, taskForms);
		CrawlCoverage.Seen seen = ROLES.isBlank()
				? CrawlCoverage.share(BUILD, getClass().getSimpleName(), mine, covered)
				: new CrawlCoverage.Seen(mine, covered);
		Set<String> missing = coverage.missing(seen.covered());
		if (!seen.roles().containsAll(everyRole)) {
			summary.add("Pages and task forms the visitors " + seen.roles() + " did not reach (the other crawl class's "
					+ "visitors may; checked in full when both classes run in one Maven build): " + missing);
			return;
		}
		summary.add("Pages and task forms no visitor reached: " + missing);
		missing.forEach(m -> problems.add("no visitor reached " + m + " (both crawl classes): make CrawlData create "
				+ "what it needs, or list it in CrawlCoverage.NOT_VISITED_ON_PURPOSE with the reason"));
	}

	private void check(Visitor visitor, String language, Page p, WebDriver driver, PageChecks checks) {
		String where = visitor.role() + " " + language + " " + p.key();
		this.checks++;
		String errorTitle = messages.getMessage("error.title", null, Locale.forLanguageTag(language));
		if (errorTitle.equals(driver.getTitle()) || driver.getTitle().isEmpty()) {
			String text = driver.findElement(By.tagName("body")).getText();
			problems.add(where + ": the link " + p.url() + " on " + p.from() + " leads to an error page: "
					+ text.substring(0, Math.min(text.length(), 200)).replace('\n', ' '));
			return;
		}
		problems.addAll(checks.check(where, language + " " + p.key()));
		if (language.equals("en") && p.key().startsWith("/tasks/{id}")) {
			taskForms.add(driver.findElement(By.tagName("h1")).getText());
		}
		if (ENGLISH_LEFT && language.equals("ar")) {
			EnglishLeft.on(driver, Set.of()).forEach(line -> summary.add("English left: " + where + ": " + line));
		}
	}

	/**
	 * On a phone the main navigation is folded behind a button that says whether it is open and which part of
	 * the page it opens; pressing it shows the links. Checked in both languages, with axe on the open menu.
	 */
	private void menuFoldsOnAPhone(WebDriver driver, PageChecks checks, String base) {
		for (String language : List.of("en", "ar")) {
			driver.get(base + "/?lang=" + language);
			checks.width(PageChecks.PHONE);
			try {
				WebElement button = driver.findElement(By.cssSelector("button[aria-controls='site-nav']"));
				WebElement nav = driver.findElement(By.id("site-nav"));
				assertThat(button.isDisplayed()).as("menu button shown on a phone (%s)", language).isTrue();
				assertThat(button.getAttribute("aria-expanded")).isEqualTo("false");
				assertThat(nav.isDisplayed()).as("menu folded on a phone (%s)", language).isFalse();
				button.click();
				assertThat(button.getAttribute("aria-expanded")).isEqualTo("true");
				assertThat(nav.findElement(By.cssSelector("a[href='/tasks']")).isDisplayed()).isTrue();
				problems.addAll(checks.overflow("fundmanager " + language + " / open menu " + PageChecks.PHONE + "px"));
				problems.addAll(checks.axe("fundmanager " + language + " / open menu " + PageChecks.PHONE + "px",
						language.equals("en")));
			}
			finally {
				checks.width(PageChecks.DESKTOP);
			}
			WebElement button = driver.findElement(By.cssSelector("button[aria-controls='site-nav']"));
			assertThat(button.isDisplayed()).as("no menu button on a desktop (%s)", language).isFalse();
			assertThat(driver.findElement(By.id("site-nav")).isDisplayed()).isTrue();
			driver.findElement(By.cssSelector("#site-nav a[href='/tasks']")).click();
			assertThat(driver.getCurrentUrl()).as("the menu's links work on a desktop (%s)", language).endsWith("/tasks");
		}
		driver.get(base + "/?lang=en");
	}
}
