package org.trustfund.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trustfund.shared.Money;
import org.trustfund.Chromium;
import org.trustfund.ServerTest;
import org.trustfund.calls.Call;
import org.trustfund.users.Role;

/**
 * Issue 16 items 3 to 5 in Chromium: a partial draft saved and later completed and submitted, with budget lines
 * added and removed and the live total; the error summary listing and linking the errors; a reviewer seeing the
 * budget, the documents and the live total of the scores.
 */
@Tag("browser")
@ServerTest
class ProposalDraftBrowserTest {

	@LocalServerPort int port;
	@Autowired Fixtures fixtures;
	@Autowired ProposalService proposals;
	@Autowired ReviewSteps steps;

	WebDriver browser;
	Chromium chromium;

	@BeforeEach
	void openBrowser() throws Exception {
		chromium = Chromium.start(1280, 2000);
		browser = chromium.driver();
		browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
	}

	@AfterEach
	void closeBrowser() throws Exception {
		if (chromium != null) {
			chromium.close();
		}
	}

	/** Clicks a button that sends a form and waits for the answer's page (the old page's flash and checklist go). */
	private void send(By button) {
		WebElement element = browser.findElement(button);
		element.click();
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(element));
	}

	private void type(String id, String text) {
		browser.findElement(By.id(id)).clear();
		browser.findElement(By.id(id)).sendKeys(text);
	}

	private String total() {
		return browser.findElement(By.id("amountRequested")).getText();
	}

	@Test
	void aPartialDraftIsSavedThenCompletedAndSubmitted() throws Exception {
		Call call = fixtures.openCall();
		Fixtures.Ngo ngo = fixtures.verifiedNgo("TH");
		String base = "http://localhost:" + port;
		chromium.logIn(base, ngo.username(), Fixtures.PASSWORD);

		// A draft with a title, a number that is not one and two budget lines: nothing else.
		browser.get(base + "/calls/" + call.getId() + "/proposals/new");
		type("title", "Night shelter in Bangkok");
		type("victimsPerYear", "many");
		new Select(browser.findElement(By.id("line-category-0"))).selectByValue("STAFF");
		type("line-amount-0", "20,000");
		assertThat(total()).isEqualTo("20,000.00");
		browser.findElement(By.id("add-line")).click();
		browser.findElement(By.id("add-line")).click();
		assertThat(browser.findElements(By.cssSelector("#budget-rows tr"))).hasSize(3);
		type("line-amount-1", "5000");
		type("line-amount-2", "abc");
		assertThat(total()).isEqualTo("25,000.00");
		send(By.id("save-proposal"));

		// Not a number cannot be kept: the rest is saved; one summary at the top names what was left out, in the
		// order of the fields, each linking to its field.
		assertThat(browser.findElement(By.id("saved-except")).getText()).contains("The draft is saved, except");
		WebElement summary = browser.findElement(By.id("error-summary"));
		assertThat(summary.findElement(By.tagName("h2")).getText()).isEqualTo("There are 2 problems");
		List<WebElement> links = summary.findElements(By.tagName("a"));
		assertThat(links).extracting(WebElement::getText).containsExactly(
				"Victims expected to be assisted per year: Not a number: many",
				"Budget line 3: abc is not an amount. Write digits with a point for decimals, as in 1500.50 or 1,500.50");
		assertThat(links).extracting(a -> a.getAttribute("href")).allMatch(h -> h.contains("#"));
		assertThat(links.get(0).getAttribute("href")).endsWith("#victimsPerYear");
		assertThat(links.get(1).getAttribute("href")).endsWith("#line-amount-2");
		links.get(1).click();
		assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("line-amount-2");
		assertThat(browser.findElement(By.id("title")).getAttribute("value")).isEqualTo("Night shelter in Bangkok");

		// Remove the bad line, clear the bad number: the draft is saved although far from complete.
		browser.findElement(By.cssSelector("#budget-rows tr:nth-child(3) button.remove-line")).click();
		assertThat(browser.findElements(By.cssSelector("#budget-rows tr"))).hasSize(2);
		assertThat(total()).isEqualTo("25,000.00");
		type("victimsPerYear", "");
		send(By.id("save-proposal"));
		assertThat(browser.findElement(By.cssSelector(".flash")).getText()).contains("The proposal is saved");
		Proposal draft = proposals.ofOrganisation(ngo.organisationId()).get(0);
		assertThat(draft.getStatus()).isEqualTo(ProposalStatus.DRAFT);
		assertThat(draft.getAmountRequested()).isEqualTo(Money.of("25000.00"));
		assertThat(browser.findElement(By.id("check-targetGroups")).getAttribute("class")).isEqualTo("missing");
		assertThat(browser.findElement(By.id("check-title")).getAttribute("class")).isEqualTo("met");

		// Submitting the incomplete draft lists every missing piece.
		send(By.id("submit-proposal"));
		String refused = browser.findElement(By.id("error-summary")).getText();
		assertThat(refused).contains("Choose at least one target group", "Choose at least one service",
				"Give the duration in months", "Attach at least one document",
				"Give at least one budget line, each with a category and an amount above zero");
		assertThat(proposals.get(draft.getId()).getStatus()).isEqualTo(ProposalStatus.DRAFT);

		// Complete it later: the form comes back as saved.
		browser.findElement(By.linkText("Edit the draft")).click();
		assertThat(browser.findElements(By.cssSelector("#budget-rows tr"))).hasSize(2);
		assertThat(total()).isEqualTo("25,000.00");
		new Select(browser.findElement(By.id("country"))).selectByValue("TH");
		browser.findElement(By.cssSelector("input[name=targetGroups][value=WOMEN]")).click();
		browser.findElement(By.cssSelector("input[name=services][value=BASIC_SHELTER]")).click();
		type("victimsPerYear", "40");
		type("durationMonths", "12");
		type("narrative", "A night shelter with case management.");
		type("contactName", "Somchai");
		type("contactEmail", "somchai@ngo.example");
		new Select(browser.findElement(By.id("line-category-1"))).selectByValue("SHELTER");
		type("line-amount-1", "7500.50");
		assertThat(total()).isEqualTo("27,500.50");
		send(By.id("save-proposal"));
		Path pdf = Files.createTempFile("plan", ".pdf");
		Files.writeString(pdf, "%PDF-1.4\n% plan\n%%EOF\n");
		browser.findElement(By.id("file")).sendKeys(pdf.toString());
		send(By.cssSelector("form[enctype='multipart/form-data'] button"));
		assertThat(browser.findElements(By.cssSelector("#checklist li.missing"))).isEmpty();
		send(By.id("submit-proposal"));

		assertThat(browser.findElement(By.cssSelector(".flash")).getText()).contains("The proposal is submitted");
		Proposal p = proposals.get(draft.getId());
		assertThat(p.getStatus()).isEqualTo(ProposalStatus.SCREENING);
		assertThat(p.getAmountRequested()).isEqualTo(Money.of("27500.50"));
		assertThat(p.getBudgetLines()).hasSize(2);
	}

	@Test
	void aReviewerSeesTheBudgetAndTheLiveTotal() {
		Call call = fixtures.openCall();
		Fixtures.Ngo ngo = fixtures.verifiedNgo("TH");
		String fm = fixtures.user(Role.FUND_MANAGER);
		fixtures.user(Role.REVIEWER);
		fixtures.user(Role.REVIEWER);
		Proposal p = fixtures.submitted(call.getId(), ngo);
		String pid = fixtures.reviewOf(p.getId()).getId();
		steps.screen(pid, fm, "accept", "");
		Task declaration = steps.open(pid, ReviewProcess.DECLARE_CONFLICT_TASK).get(0);
		String reviewer = declaration.getAssignee();
		steps.declare(declaration, false, "");
		Task score = steps.open(pid, ReviewProcess.SCORE_TASK).stream()
			.filter(t -> reviewer.equals(t.getAssignee())).findFirst().orElseThrow();
		String base = "http://localhost:" + port;
		// the process may pick a reviewer another test class made, with a password of its own (one database per JVM)
		fixtures.cheapPassword(reviewer);

		chromium.logIn(base, reviewer, Fixtures.PASSWORD);
		browser.get(base + "/tasks/" + score.getId());
		assertThat(browser.findElement(By.id("summary-budget")).getText())
			.contains("Staff", "Two social workers", "25,000.00", "Shelter", "Rent", "50,000.00");
		assertThat(browser.findElement(By.id("summary-documents")).findElement(By.tagName("a")).getText())
			.isEqualTo("workplan.pdf");
		assertThat(browser.findElement(By.id("summary-eligibility")).getText()).startsWith("Eligible");
		assertThat(browser.findElement(By.id("descriptors2")).getText()).contains("0: costs are missing")
			.contains("5: every cost is necessary");
		assertThat(browser.findElement(By.id("score-total")).getText()).isEqualTo("0 / 15");
		new Select(browser.findElement(By.id("score0"))).selectByValue("5");
		new Select(browser.findElement(By.id("score2"))).selectByValue("4");
		assertThat(browser.findElement(By.id("score-total")).getText()).isEqualTo("9 / 15");

		// A missing score: the summary names it and links to it.
		browser.findElement(By.cssSelector("form.task-form button[type=submit]")).click();
		WebElement link = browser.findElement(By.cssSelector("#error-summary a"));
		assertThat(link.getAttribute("href")).endsWith("#score1");
		assertThat(browser.findElement(By.id("score-total")).getText()).isEqualTo("9 / 15");
		new Select(browser.findElement(By.id("score1"))).selectByValue("3");
		assertThat(browser.findElement(By.id("score-total")).getText()).isEqualTo("12 / 15");
		browser.findElement(By.cssSelector("form.task-form button[type=submit]")).click();
		assertThat(browser.findElement(By.cssSelector(".flash")).getText()).contains("The task is completed");
	}
}
