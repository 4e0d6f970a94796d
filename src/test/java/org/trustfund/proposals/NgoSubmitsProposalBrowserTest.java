package org.trustfund.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trustfund.shared.Money;
import org.trustfund.Chromium;
import org.trustfund.ServerTest;
import org.trustfund.calls.Call;

/** An NGO member logs in, writes a proposal with a budget and a document, and submits it, in Chromium. */
@Tag("browser")
@ServerTest
class NgoSubmitsProposalBrowserTest {

	@LocalServerPort int port;
	@Autowired Fixtures fixtures;
	@Autowired ProposalService proposals;

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

	private void type(String id, String text) {
		browser.findElement(By.id(id)).clear();
		browser.findElement(By.id(id)).sendKeys(text);
	}

	@Test
	void anNgoMemberWritesAndSubmitsAProposal() throws Exception {
		Call call = fixtures.openCall();
		Fixtures.Ngo ngo = fixtures.verifiedNgo("TH");
		String base = "http://localhost:" + port;

		chromium.logIn(base, ngo.username(), Fixtures.PASSWORD);

		browser.get(base + "/calls/" + call.getId());
		browser.findElement(By.linkText("Write a proposal for this call")).click();
		type("title", "Safe house for girls <b>2027</b>");
		new Select(browser.findElement(By.id("country"))).selectByValue("TH");
		browser.findElement(By.cssSelector("input[name=targetGroups][value=GIRLS]")).click();
		browser.findElement(By.cssSelector("input[name=services][value=BASIC_SHELTER]")).click();
		type("victimsPerYear", "60");
		type("durationMonths", "24");
		type("narrative", "A safe house with psychosocial care for girls who escaped trafficking.");
		type("contactName", "Amina");
		type("contactEmail", "amina@ngo.example");
		new Select(browser.findElement(By.name("lines[0].category"))).selectByValue("STAFF");
		browser.findElement(By.name("lines[0].amount")).sendKeys("30000");
		// The amount requested is the sum of the budget lines, shown as they are typed (issue 16 item 3).
		browser.findElement(By.id("add-line")).click();
		new Select(browser.findElement(By.name("lines[1].category"))).selectByValue("SHELTER");
		browser.findElement(By.name("lines[1].amount")).sendKeys("15000");
		assertThat(browser.findElement(By.id("amountRequested")).getText()).isEqualTo("45,000.00");
		WebElement save = browser.findElement(By.id("save-proposal"));
		save.click();
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(save));

		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Safe house for girls <b>2027</b>");
		assertThat(browser.findElement(By.id("stage")).getText()).isEqualTo("Draft");
		Path pdf = Files.createTempFile("workplan", ".pdf");
		Files.writeString(pdf, "%PDF-1.4\n% work plan\n%%EOF\n");
		browser.findElement(By.id("file")).sendKeys(pdf.toString());
		WebElement upload = browser.findElement(By.cssSelector("form[enctype='multipart/form-data'] button"));
		upload.click();
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(upload));
		assertThat(browser.findElement(By.linkText(pdf.getFileName().toString())).isDisplayed()).isTrue();

		WebElement submit = browser.findElement(By.id("submit-proposal"));
		submit.click();
		// the upload's own flash message is on the page until the submission's answer replaces it
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(submit));

		assertThat(browser.findElement(By.cssSelector(".flash")).getText()).contains("The proposal is submitted");
		assertThat(browser.findElement(By.id("stage")).getText()).isEqualTo("Screening by the secretariat");
		Proposal p = proposals.ofOrganisation(ngo.organisationId()).get(0);
		assertThat(p.getStatus()).isEqualTo(ProposalStatus.SCREENING);
		assertThat(p.getAmountRequested()).isEqualTo(Money.of("45000.00"));
		assertThat(proposals.attachments(p.getId())).hasSize(1);

		// the NGO follows its proposal on the progress bar, in words; the BPMN diagram is for the secretariat
		assertThat(browser.findElement(By.cssSelector(".progress li[aria-current='step']")).getText()).isEqualTo("Screening");
		assertThat(browser.findElements(By.linkText("Where the proposal is in its review"))).isEmpty();
		Path shot = Path.of("target", "browser-proposal-process.png");
		Files.write(shot, ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
	}
}
