package org.trustfund.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trustfund.Chromium;
import org.trustfund.ServerTest;
import org.trustfund.TestData;
import org.trustfund.donors.Donor;
import org.trustfund.donors.DonorForm;
import org.trustfund.donors.DonorKind;
import org.trustfund.donors.DonorService;
import org.trustfund.donors.PledgeForm;
import org.trustfund.donors.PledgeService;
import org.trustfund.users.Role;
import org.trustfund.users.UserService;

/**
 * A fund manager works a list in a real browser (issue 16 item 2): searches and filters the pledges, sorts by a
 * column header, pages, reloads the address as a bookmark and finds the same view, and downloads the CSV of the
 * filtered view, whose rows are exactly the view's in its order. Needs Debian's chromium and chromium-driver.
 */
@Tag("browser")
@ServerTest
class FilteredListBrowserTest {

	@LocalServerPort
	int port;
	@Autowired
	UserService users;
	@Autowired
	DonorService donors;
	@Autowired
	PledgeService pledges;

	Chromium chromium;
	WebDriver browser;
	WebDriverWait wait;

	@BeforeEach
	void startBrowser() throws IOException {
		chromium = Chromium.start(1280, 1000);
		browser = chromium.driver();
		wait = new WebDriverWait(browser, Duration.ofSeconds(30));
	}

	@AfterEach
	void stopBrowser() throws IOException {
		if (chromium != null) {
			chromium.close();
		}
	}

	List<String> amounts() {
		return browser.findElements(By.cssSelector("#pledges tbody tr td:nth-child(3)")).stream()
			.map(e -> e.getText().strip()).toList();
	}

	@Test
	void aFundManagerFiltersSortsPagesBookmarksAndDownloadsTheFilteredView() throws Exception {
		String base = "http://localhost:" + port;
		String manager = TestData.unique("list_fm");
		TestData.staff(users, manager, Role.FUND_MANAGER);
		String tag = TestData.unique("Brw");
		Donor donor = donors.create(new DonorForm(tag + " Foundation", DonorKind.FOUNDATION, "", false, "", "", ""),
				manager);
		for (int i = 1; i <= 5; i++) {
			pledges.create(new PledgeForm(donor.getId(), new BigDecimal(i + "00.00"), "USD", LocalDate.of(2031, i, 1),
					tag), manager);
		}
		Donor other = donors.create(new DonorForm(tag + " Other", DonorKind.COMPANY, "", false, "", "", ""), manager);
		pledges.create(new PledgeForm(other.getId(), new BigDecimal("999.00"), "USD", LocalDate.of(2031, 1, 1), "x"),
				manager);

		chromium.logIn(base, manager, TestData.PASSWORD);
		browser.get(base + "/pledges");
		browser.findElement(By.id("q")).sendKeys(tag);
		new Select(browser.findElement(By.id("donorId"))).selectByVisibleText(tag + " Foundation");
		new Select(browser.findElement(By.id("status"))).selectByValue("OPEN");
		browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
		wait.until(ExpectedConditions.urlContains("donorId=" + donor.getId()));
		assertThat(amounts()).hasSize(5).doesNotContain("USD 999.00");

		// Sort by amount: ascending, then descending; the header says so to assistive technology.
		browser.findElement(By.xpath("//th[a[normalize-space()='Amount']]/a")).click();
		wait.until(ExpectedConditions.urlContains("sort=amount"));
		assertThat(amounts()).containsExactly("USD 100.00", "USD 200.00", "USD 300.00", "USD 400.00", "USD 500.00");
		browser.findElement(By.xpath("//th[a[normalize-space()='Amount']]/a")).click();
		wait.until(ExpectedConditions.urlContains("dir=desc"));
		assertThat(browser.findElement(By.xpath("//th[a[normalize-space()='Amount']]")).getAttribute("aria-sort"))
			.isEqualTo("descending");
		assertThat(amounts().get(0)).isEqualTo("USD 500.00");

		// Two rows a page: the pager keeps the filters and the sort.
		browser.get(browser.getCurrentUrl() + "&size=2");
		assertThat(browser.findElement(By.cssSelector(".pager")).getText()).contains("Page 1 of 3");
		browser.findElement(By.cssSelector(".pager a[rel=next]")).click();
		wait.until(ExpectedConditions.urlContains("page=2"));
		assertThat(amounts()).containsExactly("USD 300.00", "USD 200.00");
		assertThat(browser.findElement(By.cssSelector(".pager")).getText()).contains("Page 2 of 3");

		// A bookmark: the same address later shows the same view, its filters filled in.
		String bookmark = browser.getCurrentUrl();
		browser.get(base + "/donors");
		browser.get(bookmark);
		assertThat(amounts()).containsExactly("USD 300.00", "USD 200.00");
		assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo(tag);
		assertThat(new Select(browser.findElement(By.id("status"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("OPEN");

		// The CSV: every row of the filtered view (all pages), in its order.
		String csvLink = browser.findElement(By.cssSelector("p.csv a")).getAttribute("href");
		assertThat(csvLink).contains("/pledges/export.csv", "donorId=" + donor.getId(), "sort=amount", "dir=desc");
		// Fetched by the page itself, with the browser's session, as a click on the link downloads it.
		@SuppressWarnings("unchecked")
		List<Object> answer = (List<Object>) ((JavascriptExecutor) browser).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0]).then(r => r.text().then(t => done([r.status, r.headers.get('Content-Type'), t])))
				  .catch(e => done([0, '', String(e)]));""", csvLink);
		assertThat(((Number) answer.get(0)).intValue()).isEqualTo(200);
		assertThat((String) answer.get(1)).startsWith("text/csv");
		String body = (String) answer.get(2);
		List<String> lines = Arrays.asList(body.replace("\uFEFF", "").split("\r\n"));
		assertThat(lines).hasSize(6);
		assertThat(lines.subList(1, 6)).allSatisfy(l -> assertThat(l).contains(tag + " Foundation", "\"OPEN\""));
		assertThat(lines.subList(1, 6).stream().map(l -> l.split(",")[2]).toList())
			.containsExactly("500.00", "400.00", "300.00", "200.00", "100.00");
	}
}
