package org.trustfund.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import org.trustfund.browser.SiteCrawler.Page;

/**
 * Which of our pages the crawl never reached: every GET mapping of our controllers that shows a page (its
 * handler returns a view's name; downloads and the JSON API return bodies and are not pages), and every user
 * task's form (a task of bpmn/*.bpmn, by its English name, which its form's heading says), against the pages the
 * crawl's visitors saw.
 * <p>
 * The crawl is split in two classes that may run in two JVMs at once, so each class writes what its visitors saw
 * to {@code target/crawl-coverage/<build>/}, {@code <build>} being the Maven build's start time (system property
 * {@code crawl.build}, set in pom.xml): the class that finishes with every visitor's pages in that folder (its own
 * and the other class's) checks the whole; the other one only lists what its own visitors missed.
 */
final class CrawlCoverage {

	/** Pages no visitor is expected to reach, each with its reason. */
	static final Map<String, String> NOT_VISITED_ON_PURPOSE = Map.of(
			"/public/report", "off in the tests' settings (trustfund.reports.public-report); /reports/fund is the same "
					+ "template, which the staff's crawl checks");

	private static final Pattern USER_TASK = Pattern.compile("<bpmn:userTask id=\"([^\"]+)\" name=\"([^\"]+)\"");
	private static final Path FOLDER = Path.of("target", "crawl-coverage");

	private final Set<String> patterns = new TreeSet<>();
	private final List<PathPattern> parsed = new ArrayList<>();
	private final Set<String> tasks = new TreeSet<>();

	/**
	 * @param mappings the application's {@code requestMappingHandlerMapping}
	 * @param messages for the tasks' English names ({@code task.<key>})
	 * @param bpmn the folder of the process models ({@code bpmn} in the project)
	 */
	CrawlCoverage(RequestMappingHandlerMapping mappings, MessageSource messages, Path bpmn) {
		for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
			HandlerMethod handler = e.getValue();
			Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
			if ((methods.isEmpty() || methods.contains(RequestMethod.GET))
					&& handler.getBeanType().getName().startsWith("org.trustfund.")
					&& handler.getReturnType().getParameterType() == String.class
					&& !handler.hasMethodAnnotation(ResponseBody.class)
					&& !AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)) {
				patterns.addAll(e.getKey().getPatternValues());
			}
		}
		patterns.forEach(p -> parsed.add(PathPatternParser.defaultInstance.parse(p)));
		parsed.sort(PathPattern.SPECIFICITY_COMPARATOR);
		try (Stream<Path> files = Files.list(bpmn)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
				Matcher m = USER_TASK.matcher(Files.readString(file));
				while (m.find()) {
					String name = m.group(2).replace("&#39;", "'").replace("&amp;", "&").replace("&quot;", "\"");
					tasks.add("/tasks/{id} " + messages.getMessage("task." + m.group(1), null, name, Locale.ENGLISH));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * What the pages visited cover: the most specific page pattern each page's path matches, and each task's form
	 * seen.
	 *
	 * @param taskForms the headings of the task forms seen in English (a task's page says its task's name)
	 */
	Set<String> covered(List<Page> pages, Set<String> taskForms) {
		Set<String> covered = new TreeSet<>();
		for (Page page : pages) {
			String path = URI.create(page.url()).getRawPath();
			parsed.stream().filter(p -> p.matches(org.springframework.http.server.PathContainer.parsePath(path)))
				.findFirst().ifPresent(p -> covered.add(p.getPatternString()));
		}
		taskForms.forEach(name -> covered.add("/tasks/{id} " + name));
		return covered;
	}

	/** Every page pattern and task page, minus those {@link #NOT_VISITED_ON_PURPOSE}, not in {@code covered}. */
	Set<String> missing(Set<String> covered) {
		Set<String> missing = new TreeSet<>(patterns);
		missing.addAll(tasks);
		missing.removeAll(NOT_VISITED_ON_PURPOSE.keySet());
		missing.removeAll(covered);
		return missing;
	}

	/**
	 * Writes what this class's visitors covered, then reads what every class of this build wrote.
	 *
	 * @param build the build's name ({@code crawl.build}); blank: nothing written, only {@code covered} returned
	 * @param name this class's name, the file's
	 * @param roles the visitors' roles this class crawled
	 * @param covered what they covered (see {@link #covered})
	 * @return the roles of every file written so far in this build (this one's included) and what they covered
	 */
	static Seen share(String build, String name, Set<String> roles, Set<String> covered) {
		if (build.isBlank()) {
			return new Seen(roles, covered);
		}
		Path folder = FOLDER.resolve(build.replaceAll("[^0-9A-Za-z-]", "_"));
		try {
			Files.createDirectories(folder);
			Path temporary = folder.resolve(name + ".tmp");
			List<String> lines = new ArrayList<>();
			lines.add(String.join(",", roles));
			lines.addAll(covered);
			Files.write(temporary, lines, StandardCharsets.UTF_8);
			Files.move(temporary, folder.resolve(name + ".txt"), StandardCopyOption.REPLACE_EXISTING,
					StandardCopyOption.ATOMIC_MOVE);
			Set<String> allRoles = new TreeSet<>();
			Set<String> allCovered = new TreeSet<>();
			try (Stream<Path> files = Files.list(folder)) {
				for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted(Comparator.naturalOrder())
					.toList()) {
					List<String> read = Files.readAllLines(file, StandardCharsets.UTF_8);
					allRoles.addAll(List.of(read.get(0).split(",")));
					allCovered.addAll(read.subList(1, read.size()));
				}
			}
			return new Seen(allRoles, allCovered);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The roles crawled so far in this build, and what their pages covered. */
	record Seen(Set<String> roles, Set<String> covered) {
	}
}
