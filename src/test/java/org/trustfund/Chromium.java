package org.trustfund;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium for the browser tests ({@code /usr/bin/chromium} and {@code chromedriver}, which
 * {@code .ci/run} installs), with a throw-away profile that {@link #close()} deletes.
 */
public final class Chromium implements AutoCloseable {

	private final WebDriver driver;
	private final Path profile;

	private Chromium(WebDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	public static Chromium start(int width, int height) throws IOException {
		System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
		Path profile = Files.createTempDirectory("tf-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=" + width + "," + height, "--user-data-dir=" + profile);
		return new Chromium(new ChromeDriver(options), profile);
	}

	public WebDriver driver() {
		return driver;
	}

	/**
	 * Logs in through the login page and waits until the login has been answered (the browser has left
	 * {@code /login}), so that the next {@code get} does not abort the login's POST and land on the login page.
	 *
	 * @param base the server's address, {@code http://localhost:PORT}
	 */
	public void logIn(String base, String username, String password) {
		driver.get(base + "/login");
		driver.findElement(By.id("username")).clear();
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).clear();
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.cssSelector("main form button[type='submit']")).click();
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	@Override
	public void close() throws IOException {
		driver.quit();
		try (Stream<Path> files = Files.walk(profile)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}
}
