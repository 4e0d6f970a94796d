package org.trustfund.browser;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.ChromiumDriver;

/**
 * What the crawler checks on each page, at a desktop's width and at a phone's: axe-core finds nothing, and at the
 * phone's width nothing makes the page wider than the screen. Widths are set through Chrome's device metrics,
 * without mobile emulation, so that a page too wide shows as a scroll width larger than the window's.
 */
final class PageChecks {

	static final int DESKTOP = 1280;
	/** {@code -Dcrawl.desktop=true}: axe also at the desktop's width, once per kind of page in English. */
	static final boolean DESKTOP_TOO = Boolean.getBoolean("crawl.desktop");
	static final int PHONE = 390;

	/**
	 * Elements sticking out of the screen that are not inside a box that scrolls or clips: the page's
	 * culprits when it is too wide. Their tag, id and classes, at most five.
	 */
	private static final String WIDE = """
			const w = document.documentElement.clientWidth, out = [];
			const inBox = e => { for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
			  if (getComputedStyle(p).overflowX !== 'visible') return true; } return false; };
			const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
			  + (e.classList.length ? '.' + [...e.classList].join('.') : '');
			for (const e of document.body.querySelectorAll('*')) {
			  if (inBox(e)) continue;
			  const r = e.getBoundingClientRect();
			  if (r.width > 0 && (r.right > w + 1 || r.left < -1)) {
			    out.push(name(e) + ' (' + Math.round(r.width) + 'px)');
			  } else if (e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1
			      && getComputedStyle(e).overflowX === 'visible') {
			    out.push(name(e) + ' (content ' + e.scrollWidth + 'px in ' + e.clientWidth + 'px)');
			  }
			  if (out.length === 5) break; }
			return out;""";

	private final WebDriver driver;
	private final Set<String> axed = new HashSet<>();
	private int axeRuns;
	private long axeNanos;

	/** Installs axe-core in the browser (see {@link Axe#install}). */
	PageChecks(WebDriver driver) {
		this.driver = driver;
		Axe.install(driver);
	}

	/**
	 * Checks the page now shown, which the browser shows at the phone's width, and leaves it at that width.
	 * Its width is checked every time; axe runs once per kind of page and language at the phone's width (in Arabic
	 * without its colour contrast rule, which the English check of the same page ran; the first
	 * role to reach a page has it checked; other roles see the same template with other links and buttons), and,
	 * with {@code -Dcrawl.desktop=true}, once per kind of page at the desktop's width in English.
	 *
	 * @param where how the report names the page, e.g. {@code "ngo ar /grants/{id}"}
	 * @param template the kind of page and its language, e.g. {@code "ar /grants/{id}"}
	 * @return the problems found, one line each; empty when there is none
	 */
	List<String> check(String where, String template) {
		List<String> problems = new ArrayList<>(overflow(where + " " + PHONE + "px"));
		if (axed.add(template + " " + PHONE)) {
			// colour contrast in English only: the colours are the same in Arabic (see Axe#violations)
			problems.addAll(axe(where + " " + PHONE + "px", template.startsWith("en ")));
		}
		// at the desktop's width only when asked (-Dcrawl.desktop=true, while changing the layout): axe's rules do
		// not depend on the width, the phone's checks run in both languages, and the build keeps within its time
		if (DESKTOP_TOO && template.startsWith("en ") && axed.add(template + " " + DESKTOP)) {
			width(DESKTOP);
			try {
				problems.addAll(axe(where + " " + DESKTOP + "px", true));
			}
			finally {
				width(PHONE);
			}
		}
		return problems;
	}

	/** The page's width against the window's at the current width; a line naming the culprits when wider. */
	List<String> overflow(String where) {
		JavascriptExecutor js = (JavascriptExecutor) driver;
		long scroll = ((Number) js.executeScript("return document.documentElement.scrollWidth;")).longValue();
		long inner = ((Number) js.executeScript("return window.innerWidth;")).longValue();
		if (scroll <= inner) {
			return List.of();
		}
		return List.of(where + ": page is " + scroll + "px wide in a " + inner + "px window; wide: "
				+ js.executeScript(WIDE));
	}

	/** Runs axe, its colour contrast rule included or not (see {@link Axe#violations}). */
	List<String> axe(String where, boolean contrast) {
		long start = System.nanoTime();
		try {
			return Axe.violations(driver, where, contrast);
		}
		finally {
			axeRuns++;
			axeNanos += System.nanoTime() - start;
		}
	}

	/** How many times axe ran, and how long it took in all, e.g. {@code "412 axe runs in 38.2 s"}. */
	String axeTime() {
		return String.format("%d axe runs in %.1f s", axeRuns, axeNanos / 1e9);
	}

	/** Sets the page's width in CSS pixels (height 844, a phone's), or back to the window's for the desktop. */
	void width(int width) {
		ChromiumDriver chromium = (ChromiumDriver) driver;
		if (width == DESKTOP) {
			chromium.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
		else {
			chromium.executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", width, "height", 844, "deviceScaleFactor", 1, "mobile", false));
		}
	}
}
