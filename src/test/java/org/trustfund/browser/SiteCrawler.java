package org.trustfund.browser;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Visits every page a logged-in user can reach by following links from a few start pages, once per kind of
 * page: {@code /proposals/12} and {@code /proposals/40} are one kind ({@code /proposals/{id}}), and a task's page
 * is one kind per task name, since each task has its own form.
 * <p>
 * Left out: what is not one of our HTML pages (downloads: CSV, PDF, XLSX, attachments; the JSON API; log-out),
 * and the third-party applications we only host: Camunda's webapps under {@code /camunda/} and Swagger UI.
 */
final class SiteCrawler {

	/**
	 * One kind of page: its key (the path with ids as {@code {id}}, a task's name), the first address found and
	 * the key of the page that linked to it ({@code "start"} for a start page).
	 */
	record Page(String key, String url, String from) {
	}

	private static final Pattern ID = Pattern.compile(".*\\d.*");
	private static final List<String> NOT_OURS = List.of("/camunda", "/swagger-ui", "/v3/api-docs", "/api/",
			"/logout", "/actuator", "/h2", "/error");
	private static final Pattern DOWNLOAD = Pattern.compile(
			".*(\\.(csv|pdf|xlsx|png|svg|json)$|/attachments/|/documents/).*");
	private static final String LINKS = "return Array.from(document.querySelectorAll('a[href]'))"
			+ ".map(a => [a.href, a.textContent.trim().replace(/\\s+/g, ' ')]);";

	private final WebDriver driver;
	private final String base;
	private final int max;

	/**
	 * @param base the server's address, {@code http://localhost:PORT}
	 * @param max at most this many kinds of page are visited (a guard against a crawl that never ends)
	 */
	SiteCrawler(WebDriver driver, String base, int max) {
		this.driver = driver;
		this.base = base;
		this.max = max;
	}

	/**
	 * Visits the start pages, then every page they link to, breadth first, one page of each kind.
	 *
	 * @param starts paths such as {@code "/"} or {@code "/board/sessions/new"}; a task's page is followed by a
	 *        space and the task's name as its link in the task list says it ({@code "/tasks/42 Score the
	 *        proposal"}), so that each task's form is its own kind of page, as when the crawler finds it by a link
	 * @param onPage called while each page is shown, before its links are followed
	 * @return the pages visited, in the order visited
	 */
	List<Page> crawl(List<String> starts, Consumer<Page> onPage) {
		Map<String, Page> seen = new LinkedHashMap<>();
		Set<String> urls = new HashSet<>();
		Deque<Page> queue = new ArrayDeque<>();
		for (String start : starts) {
			int space = start.indexOf(' ');
			String path = space < 0 ? start : start.substring(0, space);
			offer(new Page(key(path, space < 0 ? "" : start.substring(space + 1)), base + path, "start"), seen, urls,
					queue);
		}
		List<Page> visited = new ArrayList<>();
		while (!queue.isEmpty() && visited.size() < max) {
			Page page = queue.poll();
			driver.get(page.url());
			visited.add(page);
			onPage.accept(page);
			for (Object link : (List<?>) ((JavascriptExecutor) driver).executeScript(LINKS)) {
				List<?> hrefAndText = (List<?>) link;
				String path = ours((String) hrefAndText.get(0));
				if (path != null && !(base + path).equals(page.url())) {
					offer(new Page(key(path, (String) hrefAndText.get(1)), base + path, page.key()), seen, urls, queue);
				}
			}
		}
		return visited;
	}

	/**
	 * Queues a page unless its kind or its very address is queued already: the home page's "Score" and the task
	 * list's "Score the proposal" lead to the same task's form, which is visited once.
	 */
	private static void offer(Page page, Map<String, Page> seen, Set<String> urls, Deque<Page> queue) {
		if (!seen.containsKey(page.key()) && urls.add(page.url())) {
			seen.put(page.key(), page);
			queue.add(page);
		}
	}

	/**
	 * The path of a link to one of our pages, without its query (a list's filters and pages are the same kind
	 * of page) or fragment; null for any other link.
	 */
	private String ours(String href) {
		if (!href.startsWith(base + "/")) {
			return null;
		}
		URI uri = URI.create(href);
		String path = uri.getRawPath();
		if (NOT_OURS.stream().anyMatch(path::startsWith) || DOWNLOAD.matcher(path).matches()) {
			return null;
		}
		return path;
	}

	/** {@code /proposals/12/edit} → {@code /proposals/{id}/edit}; a task's page adds the link's text. */
	static String key(String path, String linkText) {
		StringBuilder key = new StringBuilder();
		for (String segment : path.split("/")) {
			if (!segment.isEmpty()) {
				key.append('/').append(ID.matcher(segment).matches() ? "{id}" : segment);
			}
		}
		String shape = key.isEmpty() ? "/" : key.toString();
		return shape.equals("/tasks/{id}") ? shape + " " + linkText : shape;
	}
}
