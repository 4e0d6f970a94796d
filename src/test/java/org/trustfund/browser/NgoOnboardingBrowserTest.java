package org.trustfund.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trustfund.Chromium;
import org.trustfund.ServerTest;
import org.trustfund.TestData;
import org.trustfund.users.Role;
import org.trustfund.users.UserService;

/**
 * An NGO signs up in a real browser, the fund manager approves it from "My tasks", and the NGO sees its
 * organisation verified, in English and in Arabic. Needs Debian's chromium and chromium-driver
 * ({@code .ci/run} installs them; {@code mvn verify} runs this only where /usr/bin/chromedriver exists).
 */
@Tag("browser")
@ServerTest
class NgoOnboardingBrowserTest {

	@LocalServerPort
	int port;
	@Autowired
	UserService users;

	Chromium chromium;
	private Path document;
	private WebDriver browser;
	private WebDriverWait wait;

	@BeforeEach
	void startBrowser() throws IOException {
		document = Files.createTempFile("registration-", ".pdf");
		Files.write(document, TestData.pdfBytes());
		chromium = Chromium.start(1280, 1000);
		browser = chromium.driver();
		wait = new WebDriverWait(browser, Duration.ofSeconds(30));
	}

	@AfterEach
	void stopBrowser() throws IOException {
		Files.deleteIfExists(document);
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void ngoSignsUpFundManagerApprovesNgoSeesItVerifiedInEnglishAndArabic() {
		String ngo = TestData.unique("web_ngo");
		String organisation = "Open Door Shelter " + ngo;
		String manager = TestData.unique("web_fm");
		TestData.staff(users, manager, Role.FUND_MANAGER);

		signUp(ngo, organisation);
		logIn(ngo);
		open("My organisation", "/organisations/");
		assertThat(status()).isEqualTo("Waiting for verification");
		logOut();

		logIn(manager);
		open("My tasks", "/tasks");
		WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.xpath("//tr[td//a[normalize-space()='" + organisation + "']]")));
		row.findElement(By.linkText("Verify organisation")).click();
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='decision'][value='approve']")))
			.click();
		browser.findElement(By.cssSelector("form.task-form button[type='submit']")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"),
				"The task is completed."));
		assertThat(browser.getPageSource()).doesNotContain(organisation);
		logOut();

		logIn(ngo);
		open("My organisation", "/organisations/");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(organisation);
		assertThat(status()).isEqualTo("Verified");

		browser.findElement(By.linkText("العربية")).click();
		wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "dir", "rtl"));
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ar");
		assertThat(status()).isEqualTo("تم التحقق");
		// The choice sticks on the next page.
		browser.findElement(By.cssSelector("a.brand")).click();
		wait.until(ExpectedConditions.urlToBe(url("/")));
		assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
	}

	private void signUp(String username, String organisation) {
		browser.get(url("/signup"));
		type("name", organisation);
		new Select(browser.findElement(By.id("country"))).selectByValue("KE");
		type("registrationNumber", "REG-" + username);
		type("address", "4 Riverside Drive, Nairobi");
		type("contactName", "Wanjiru Kamau");
		type("contactEmail", username + "@ngo.example");
		type("contactPhone", "+254 700 000001");
		type("bankAccountHolder", organisation);
		type("bankName", "Example Bank");
		type("bankAccount", "KE12 3456 7890");
		type("bankSwift", "EXBKKENX");
		browser.findElement(By.id("document")).sendKeys(document.toAbsolutePath().toString());
		type("username", username);
		type("password", TestData.PASSWORD);
		browser.findElement(By.cssSelector("main form button[type='submit']")).click();
		wait.until(ExpectedConditions.urlContains("/login?registered"));
	}

	private void logIn(String username) {
		browser.get(url("/login"));
		type("username", username);
		type("password", TestData.PASSWORD);
		browser.findElement(By.cssSelector("main form button[type='submit']")).click();
		wait.until(ExpectedConditions.urlToBe(url("/")));
	}

	private void logOut() {
		browser.findElement(By.cssSelector("form.logout button")).click();
		wait.until(ExpectedConditions.urlContains("/login?logout"));
	}

	private void open(String menuItem, String path) {
		browser.findElement(By.cssSelector("header nav")).findElement(By.linkText(menuItem)).click();
		wait.until(ExpectedConditions.urlContains(path));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
	}

	private String status() {
		return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dl.facts .tag"))).getText();
	}

	private void type(String id, String text) {
		WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
		field.clear();
		field.sendKeys(text);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
