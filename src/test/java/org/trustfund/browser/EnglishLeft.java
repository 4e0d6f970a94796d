package org.trustfund.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Finds the English left on a page shown in Arabic: every word of three or more Latin letters in the text a
 * reader sees (visible text, the page's title, and the labels read out by screen readers: {@code aria-label},
 * {@code title}, {@code placeholder}), outside what is deliberately kept as written: {@code <bdi>} and text
 * isolated with U+2068 ... U+2069 (names and other user data), {@code <code>} (codes), elements marked with
 * another language ({@code lang="en"}, e.g. the "English" language switch) and the allowed words (product names,
 * currency and zone codes, user data of the test's database).
 */
final class EnglishLeft {

	/** Product names, abbreviations and codes that are the same in Arabic text. */
	static final Set<String> ALWAYS_ALLOWED = Set.of("USD", "UTC", "BPMN", "IBAN", "SWIFT", "BIC", "ISO", "CSV", "PDF",
			"API", "JSON", "Camunda", "OpenAPI", "Swagger", "SHA");

	private static final String SCRIPT = """
			const out = [];
			const kept = 'bdi, code, script, style, noscript, template, [hidden]';
			const isolated = /\\u2068[^\\u2069]*\\u2069/g;
			function arabic(el) { const l = el.closest('[lang]'); return !l || l.getAttribute('lang') === 'ar'; }
			function visible(el) { return !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length); }
			function check(text, where) {
			  const words = (text || '').replace(isolated, ' ').match(/[A-Za-z]{3,}/g);
			  if (words) { out.push(where + ': ' + words.join(' ') + ' | ' + text.trim().slice(0, 120)); }
			}
			const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			for (let n = walker.nextNode(); n; n = walker.nextNode()) {
			  const el = n.parentElement;
			  if (!el || el.closest(kept) || !arabic(el) || !visible(el)) continue;
			  check(n.nodeValue, el.tagName.toLowerCase());
			}
			for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
			  if (el.closest(kept) || !arabic(el)) continue;
			  for (const a of ['aria-label', 'title', 'placeholder']) {
			    if (el.hasAttribute(a)) check(el.getAttribute(a), el.tagName.toLowerCase() + '@' + a);
			  }
			}
			check(document.title, 'title');
			return out;
			""";

	private EnglishLeft() {
	}

	/**
	 * @param allowed words kept as they are (user data); compared case-sensitively
	 * @return one line per text with English words not allowed: where, the words, the text
	 */
	@SuppressWarnings("unchecked")
	static List<String> on(WebDriver browser, Set<String> allowed) {
		List<String> found = (List<String>) ((JavascriptExecutor) browser).executeScript(SCRIPT);
		List<String> left = new ArrayList<>();
		for (String line : found) {
			String words = line.substring(line.indexOf(": ") + 2, line.indexOf(" | "));
			List<String> english = new ArrayList<>();
			for (String word : words.split(" ")) {
				if (!ALWAYS_ALLOWED.contains(word) && !allowed.contains(word)) {
					english.add(word);
				}
			}
			if (!english.isEmpty()) {
				left.add(line.substring(0, line.indexOf(": ")) + ": " + String.join(" ", english)
						+ line.substring(line.indexOf(" | ")));
			}
		}
		return left;
	}
}
