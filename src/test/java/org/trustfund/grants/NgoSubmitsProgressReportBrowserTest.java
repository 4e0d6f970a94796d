package org.trustfund.grants;

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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trustfund.Chromium;
import org.trustfund.ServerTest;
import org.trustfund.grants.GrantFixtures.Awarded;
import org.trustfund.proposals.Fixtures;

/** An NGO member opens its grant, corrects a refused figure and submits its progress report, in Chromium. */
@Tag("browser")
@ServerTest
class NgoSubmitsProgressReportBrowserTest {

	@LocalServerPort int port;
	@Autowired GrantFixtures fixtures;
	@Autowired GrantService grants;

	WebDriver browser;
	Chromium chromium;

	@BeforeEach
	void openBrowser() throws Exception {
		chromium = Chromium.start(1280, 2400);
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
	void anNgoMemberSubmitsAProgressReport() throws Exception {
		String fm = fixtures.fundManager();
		Awarded a = fixtures.award("40000.00", 24);
		fixtures.accept(a);
		fixtures.pay(a, fm, "20000.00", "BROWSER-" + a.grantId());
		fixtures.openReport(a);
		String base = "http://localhost:" + port;

		chromium.logIn(base, a.ngo().username(), Fixtures.PASSWORD);

		browser.get(base + "/grants");
		browser.findElement(By.linkText(a.grantRef())).click();
		assertThat(browser.findElement(By.id("grant-status")).getText()).isEqualTo("Active");
		browser.findElement(By.linkText("Submit the progress report")).click();

		type("women", "-4");
		type("girls", "9");
		type("men", "0");
		type("boys", "2");
		type("service_BASIC_SHELTER", "11");
		type("service_PSYCHOSOCIAL_SUPPORT", "8");
		type("spent0", "9000");
		type("spent1", "8500.50");
		type("narrative", "Eleven survivors were sheltered; eight received counselling.");
		browser.findElement(By.cssSelector("form.task-form button[type=submit]")).click();

		assertThat(browser.findElement(By.id("women-error")).getText()).contains("whole number");
		type("women", "14");
		browser.findElement(By.cssSelector("form.task-form button[type=submit]")).click();

		assertThat(browser.findElement(By.cssSelector(".flash")).getText()).contains("completed");
		browser.get(base + "/grants/" + a.grantId());
		assertThat(browser.findElement(By.cssSelector("#reports .report-status")).getText()).isEqualTo("Submitted");
		GrantReport report = grants.get(a.grantId()).getReports().get(0);
		assertThat(report.getStatus()).isEqualTo(ReportStatus.SUBMITTED);
		assertThat(report.getWomen()).isEqualTo(14);
		assertThat(report.getSpending().get(1).spent()).isEqualByComparingTo("8500.50");
		Path shot = Path.of("target", "browser-grant-report.png");
		Files.write(shot, ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
	}
}
