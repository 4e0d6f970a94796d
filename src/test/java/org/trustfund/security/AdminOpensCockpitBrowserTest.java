package org.trustfund.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trustfund.Chromium;
import org.trustfund.ServerTest;
import org.trustfund.TestData;
import org.trustfund.users.Role;
import org.trustfund.users.UserService;

/**
 * Under the Content-Security-Policy, in a real browser: our pages still get their style sheets, and
 * Camunda Cockpit (under Camunda's own policy) still starts its scripts for the administrator.
 */
@Tag("browser")
@ServerTest
class AdminOpensCockpitBrowserTest {

	@LocalServerPort
	int port;
	@Autowired
	UserService users;

	private Chromium chromium;
	private WebDriver browser;
	private WebDriverWait wait;

	@BeforeEach
	void startBrowser() throws IOException {
		chromium = Chromium.start(1280, 1000);
		browser = chromium.driver();
		wait = new WebDriverWait(browser, Duration.ofSeconds(60));
	}

	@AfterEach
	void stopBrowser() throws IOException {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void administratorLogsInAndCockpitRuns() {
		String admin = TestData.unique("web_admin");
		TestData.staff(users, admin, Role.ADMIN);

		browser.get(url("/login"));
		// app.css applies: the skip link is moved out of sight (a blocked style sheet would leave it static).
		assertThat(browser.findElement(By.cssSelector("a.skip-link")).getCssValue("position")).isEqualTo("absolute");
		browser.findElement(By.id("username")).sendKeys(admin);
		browser.findElement(By.id("password")).sendKeys(TestData.PASSWORD);
		browser.findElement(By.cssSelector("main form button[type='submit']")).click();
		wait.until(ExpectedConditions.urlToBe(url("/")));

		// Cockpit's scripts run under Camunda's own policy: AngularJS starts and draws the header's menu
		// (translated, so the scripts and their data all loaded).
		assertThat(cockpitRenders()).as("Cockpit drew its menu").isTrue();
		assertThat(((JavascriptExecutor) browser).executeScript("return typeof window.angular")).isEqualTo("object");
		assertThat(browser.findElements(By.cssSelector(".ng-scope"))).isNotEmpty();
	}

	/**
	 * Opens Cockpit, up to three times: RequireJS gives up on a module that takes more than a few seconds to
	 * arrive ("Load timeout for modules"), which happens on a busy test machine, not because of a policy.
	 */
	private boolean cockpitRenders() {
		for (int attempt = 0; attempt < 3; attempt++) {
			browser.get(url("/camunda/app/cockpit/default/"));
			try {
				new WebDriverWait(browser, Duration.ofSeconds(40)).until(
						ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".Header"), "Processes"));
				return true;
			}
			catch (TimeoutException slow) {
				// try again: the server has now served every script once
			}
		}
		return false;
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
