package org.trustfund.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.ChromiumDriver;

/**
 * Deque's axe-core ({@code axe.min.js} from {@code com.deque.html.axe-core:selenium}, whose version the pom
 * pins), run on the page the browser shows with the rules of WCAG 2.0 and 2.1, levels A and AA.
 * <p>
 * The script is handed to Chromium once ({@link #install}) to be evaluated in every page it opens from then on,
 * rather than sent with each check as Deque's {@code AxeBuilder} does (half a megabyte each time, and a second
 * window for its final step): with a few hundred checks per run that is most of the time saved.
 */
final class Axe {

	/** The axe-core tags of WCAG 2.1 level A and AA (which include those of WCAG 2.0). */
	static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	/** Runs axe; answers one line per element that breaks a rule (rule, impact, help, selector, element, fix). */
	private static final String RUN = """
			const done = arguments[arguments.length - 1];
			if (!window.axe) { done(['axe-core is not in the page']); return; }
			axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'],
			    rules: arguments[1] ? {} : { 'color-contrast': { enabled: false } } })
			  .then(r => done(r.violations.flatMap(v => v.nodes.map(n => v.id + ' (' + v.impact + ') ' + v.help
			    + ' at ' + n.target.join(' ') + ' ' + n.html.replace(/\\s+/g, ' ').slice(0, 160) + '; '
			    + (n.failureSummary || '').replace(/\\s+/g, ' ')))))
			  .catch(e => done(['axe failed: ' + e]));""";

	private Axe() {
	}

	/** Makes the browser evaluate axe-core in every page it opens from now on. */
	static void install(WebDriver driver) {
		((ChromiumDriver) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
				Map.of("source", script()));
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
	}

	/**
	 * Runs axe on the browser's current page.
	 *
	 * @param where what each line starts with, e.g. {@code "reviewer en /tasks/{id} Score 390px"}
	 * @param contrast whether to run axe's {@code color-contrast} rule, its costliest by far (it works out the
	 *        background of every piece of text): false where another check of the same template has run it, such as
	 *        the page in the other language (the style sheets give both the same colours; {@code rtl.css} changes
	 *        only the sides of borders)
	 * @return one line per element that breaks a rule: where, the rule's id and impact, its help text, the
	 *         element's CSS selector and start tag, what axe says to fix; empty when the page has no violation
	 */
	static List<String> violations(WebDriver driver, String where, boolean contrast) {
		List<?> lines = (List<?>) ((JavascriptExecutor) driver).executeAsyncScript(RUN, WCAG_21_AA, contrast);
		return lines.stream().map(line -> where + ": " + line).toList();
	}

	private static String script() {
		try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
			if (in == null) {
				throw new IllegalStateException("axe.min.js is not on the class path (com.deque.html.axe-core:selenium)");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
