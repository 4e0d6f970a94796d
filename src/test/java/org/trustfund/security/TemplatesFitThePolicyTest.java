package org.trustfund.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Our Content-Security-Policy ({@link SecurityHeaders#POLICY}) allows scripts and styles from files only.
 * Every template must therefore do without inline {@code <script>} blocks, {@code on...=} event handlers,
 * {@code javascript:} links, {@code <style>} blocks and {@code style} attributes (Thymeleaf's {@code th:}
 * variants included): the browser would silently ignore them.
 */
class TemplatesFitThePolicyTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/**
	 * Rendered into PDF on the server (openhtmltopdf), never sent to a browser, so no policy applies: the
	 * print wrapper of the fund's report and donor statements, whose page and font rules must be inline.
	 */
	private static final Set<Path> PDF_ONLY = Set.of(Path.of("reporting/print.html"));

	private static final List<Pattern> FORBIDDEN = List.of(
			Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>", Pattern.CASE_INSENSITIVE),
			Pattern.compile("\\s(th:)?on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE),
			Pattern.compile("javascript:", Pattern.CASE_INSENSITIVE),
			Pattern.compile("<style[\\s>]", Pattern.CASE_INSENSITIVE),
			Pattern.compile("\\s(th:)?style\\s*=", Pattern.CASE_INSENSITIVE));

	@Test
	void noTemplateHasInlineScriptOrStyle() throws IOException {
		List<String> found = new ArrayList<>();
		List<Path> templates;
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			templates = files.filter(p -> p.toString().endsWith(".html"))
				.filter(p -> !PDF_ONLY.contains(TEMPLATES.relativize(p))).toList();
		}
		assertThat(templates).as("templates under %s", TEMPLATES).hasSizeGreaterThan(20);
		for (Path template : templates) {
			String html = Files.readString(template);
			for (Pattern pattern : FORBIDDEN) {
				Matcher m = pattern.matcher(html);
				while (m.find()) {
					found.add(TEMPLATES.relativize(template) + ": " + m.group().strip());
				}
			}
		}
		assertThat(found).as("inline script or style, which the Content-Security-Policy blocks").isEmpty();
	}

	@Test
	void theCheckFindsWhatItLooksFor() {
		String html = "<script>alert(1)</script><a onclick=\"x()\"><p style=\"color:red\"><a th:onclick=\"y\">"
				+ "<style>p{}</style><script src=\"/js/ok.js\"></script>";
		long hits = FORBIDDEN.stream().mapToLong(p -> p.matcher(html).results().count()).sum();
		assertThat(hits).isEqualTo(5);
	}
}
