package org.trustfund.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustfund.benchmarks.Benchmarks;

/**
 * Benchmark, not a test (README: {@code mvn -Pbenchmark test -Dtest=StartBenchmark}). Starts the service as the
 * README's "Run it for a fund" recommends, in a JVM of its own: the application laid out as Spring Boot's
 * {@code extract} lays it out (a thin jar and its libraries), a class data sharing archive from a training run,
 * the recommended memory settings ({@code -Dstart.benchmark.jvm="…"} to try others), demo profile, H2 files in a
 * fresh directory. Measures:
 * <ol>
 * <li>the first start on an empty database (Flyway, Camunda's schema, the demo data and history): seconds from the
 * JVM's launch to readiness ({@code /actuator/health/readiness} 200), its CPU seconds, and where the time went,
 * read from the log;
 * <li>a restart on the same database, without and with the archive;
 * <li>resident memory (VmRSS from {@code /proc}) after the start and after a load of pages, API calls and the
 * fund report's PDF by the fund manager, a trustee and an NGO member.
 * </ol>
 * The libraries come from {@code target/runtime-classpath.txt}, which the {@code benchmark} profile writes
 * ({@code dependency:build-classpath}, runtime scope), so no test library is on the class path.
 */
@Tag("benchmark")
class StartBenchmark {

	/** The README's recommended memory and start settings ("Run it for a fund", item 6), without the CDS archive. */
	static final String RECOMMENDED = "-Xms128m -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1";

	private static final String JVM = System.getProperty("start.benchmark.jvm", RECOMMENDED);
	private static final String ARGS = System.getProperty("start.benchmark.args", "");
	private static final int LOAD_ROUNDS = Benchmarks.size("start.benchmark.rounds", 40, 10);
	private static final Pattern STARTED = Pattern
		.compile("Started TrustFundApplication in ([0-9.]+) seconds \\(process running for ([0-9.]+)\\)");

	@TempDir Path home;

	private final StringBuilder report = new StringBuilder();

	@Test
	void theServiceStartsAndStaysSmall() throws Exception {
		line("JVM options: %s (cores: %d)", JVM, Runtime.getRuntime().availableProcessors());
		Path jar = Application.layout(home.resolve("app"));
		long training = System.nanoTime();
		Path archive = Application.trainingRun(jar, JVM, home.resolve("training"));
		line("Class data sharing archive (training run, -Dspring.context.exit=onRefresh): %.1f s, %d MB",
				(System.nanoTime() - training) / 1e9, Files.size(archive) / (1024 * 1024));
		String withArchive = JVM + " -XX:SharedArchiveFile=" + archive;
		Path db = home.resolve("db");
		Files.createDirectories(db);
		Node first = Node.start(db, jar, withArchive, "first");
		double firstReady = first.awaitReady();
		double firstCpu = first.cpuSeconds();
		long rssFirst = first.rssKb();
		line("First start on an empty database: ready after %.1f s (CPU %.1f s), resident %d MB", firstReady,
				firstCpu, rssFirst / 1024);
		phases(first.log());
		first.stop();

		if (!Benchmarks.small()) { // the comparison costs a start; the quick run leaves it out
			Node plain = Node.start(db, jar, JVM, "restart-without-archive");
			double readyPlain = plain.awaitReady();
			double cpuPlain = plain.cpuSeconds();
			line("Restart without the archive: ready after %.1f s (CPU %.1f s)", readyPlain, cpuPlain);
			plain.stop();
			Benchmarks.record("start to ready, restart without the CDS archive", "—", "H2",
					String.format("%.1f s (CPU %.1f s)", readyPlain, cpuPlain));
		}

		Node again = Node.start(db, jar, withArchive, "restart");
		double ready = again.awaitReady();
		double cpu = again.cpuSeconds();
		Thread.sleep(3_000);
		long rssStarted = again.rssKb();
		line("Restart on the same database: ready after %.1f s (CPU %.1f s), resident %d MB", ready,
				cpu, rssStarted / 1024);
		phases(again.log());
		long requests = load(again.port);
		long rssLoaded = again.rssKb();
		line("After %d requests (pages, API, the report's PDF) by three roles: resident %d MB, heap in use %s",
				requests, rssLoaded / 1024, again.heapUsed());
		again.stop();

		Benchmarks.record("start to ready, first start (empty H2, demo data and history)", "≤ 10 s", "H2",
				String.format("%.1f s (CPU %.1f s)", firstReady, firstCpu));
		Benchmarks.record("start to ready, restart", "≤ 10 s", "H2", String.format("%.1f s (CPU %.1f s)", ready, cpu));
		Benchmarks.record("resident memory after start (restart, demo)", "≤ 600 MB", "H2", rssStarted / 1024 + " MB");
		Benchmarks.record("resident memory after " + requests + " requests", "≤ 600 MB", "H2",
				rssLoaded / 1024 + " MB");
		Files.writeString(Path.of("target", "benchmark-start.txt"), report);
		assertThat(requests).isPositive();
	}

	/** The fund manager, a trustee and an NGO member each log in once and read their pages and API. */
	private long load(int port) throws Exception {
		Map<String, List<String>> paths = new LinkedHashMap<>();
		paths.put("fundmanager", List.of("/", "/tasks", "/api/tasks", "/proposals", "/grants", "/ledger",
				"/reports/fund", "/api/reports/fund", "/donors", "/reserve", "/reports/fund.pdf"));
		paths.put("trustee1", List.of("/", "/tasks", "/api/tasks", "/grants", "/reports/fund"));
		paths.put("ngo1", List.of("/", "/tasks", "/api/tasks", "/proposals", "/api/proposals"));
		long requests = 0;
		for (Map.Entry<String, List<String>> user : paths.entrySet()) {
			HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
				.followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
			logIn(client, port, user.getKey());
			for (int round = 0; round < LOAD_ROUNDS; round++) {
				for (String path : user.getValue()) {
					HttpResponse<byte[]> answer = client.send(
							HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
							HttpResponse.BodyHandlers.ofByteArray());
					assertThat(answer.statusCode()).as("%s %s", user.getKey(), path).isLessThan(500);
					requests++;
				}
			}
		}
		return requests;
	}

	private static void logIn(HttpClient client, int port, String user) throws Exception {
		String form = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
		assertThat(csrf.find()).as("CSRF token on the log-in form").isTrue();
		String body = "username=" + user + "&password=demo&_csrf=" + csrf.group(1);
		HttpResponse<String> answer = client.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(body)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(answer.headers().firstValue("Location").orElse("")).as("log-in of %s", user)
			.doesNotContain("error");
	}

	/** Where the first start spent its time, from the log's timestamps. */
	private void phases(String log) {
		Map<String, String> marks = new LinkedHashMap<>();
		marks.put("JVM and Spring up to the context", "Starting TrustFundApplication");
		marks.put("database pool open", "HikariPool-1 - Start completed");
		marks.put("Flyway migrations (Camunda's schema and ours)", "Successfully applied|is up to date");
		marks.put("JPA (Hibernate)", "Initialized JPA EntityManagerFactory");
		marks.put("process engine created", "ENGINE-00001");
		marks.put("web server started", "Tomcat started");
		marks.put("Spring context ready", "Started TrustFundApplication");
		marks.put("start-up data (demo, history import, task list check)", "accepting traffic");
		List<String> lines = log.lines().toList();
		LocalTime previous = null;
		LocalTime first = null;
		for (Map.Entry<String, String> mark : marks.entrySet()) {
			Pattern pattern = Pattern.compile(mark.getValue());
			for (String l : lines) {
				if (pattern.matcher(l).find() && l.length() > 23 && l.charAt(4) == '-') {
					LocalTime at = LocalTime.parse(l.substring(11, 23));
					if (first == null) {
						first = at;
					}
					line("  %-58s at %5.1f s (+%.1f s)", mark.getKey(), seconds(first, at),
							previous == null ? 0.0 : seconds(previous, at));
					previous = at;
					break;
				}
			}
		}
		line("  (times from the first log line; the JVM's own start before it: %s)", springStarted(log));
	}

	private static double seconds(LocalTime from, LocalTime to) {
		return Duration.between(from, to).toMillis() / 1000.0;
	}

	private static String springStarted(String log) {
		Matcher m = STARTED.matcher(log);
		return m.find() ? "context " + m.group(1) + " s, process " + m.group(2) + " s" : "not logged";
	}

	private void line(String format, Object... args) {
		String text = String.format(format, args);
		System.out.println("[benchmark] " + text);
		report.append(text).append('\n');
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/**
	 * The service laid out as Spring Boot's {@code java -Djarmode=tools -jar … extract} lays it out: a thin jar of
	 * the application's classes whose manifest names its libraries in {@code lib/}, so that the JVM's class data
	 * sharing can archive every class (it archives classes from jars only, not from directories or nested jars).
	 */
	static final class Application {

		static Path layout(Path dir) throws IOException {
			Path classpath = Path.of("target", "runtime-classpath.txt");
			assertThat(classpath).as("run with -Pbenchmark: the profile writes the runtime class path").exists();
			Path lib = Files.createDirectories(dir.resolve("lib"));
			StringBuilder manifestPath = new StringBuilder();
			for (String entry : Files.readString(classpath).trim().split(java.io.File.pathSeparator)) {
				Path library = Path.of(entry);
				String name = library.getFileName().toString();
				if (Files.exists(lib.resolve(name), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
					// the same file name in two groups (e.g. jaxb-core): name it after its group's folder too
					name = library.getParent().getParent().getParent().getFileName() + "-" + name;
				}
				Files.createSymbolicLink(lib.resolve(name), library.toAbsolutePath());
				manifestPath.append("lib/").append(name).append(' ');
			}
			java.util.jar.Manifest manifest = new java.util.jar.Manifest();
			manifest.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
			manifest.getMainAttributes().put(java.util.jar.Attributes.Name.MAIN_CLASS,
					"org.trustfund.TrustFundApplication");
			manifest.getMainAttributes().put(java.util.jar.Attributes.Name.CLASS_PATH, manifestPath.toString().trim());
			Path jar = dir.resolve("trust-fund-grants.jar");
			Path classes = Path.of("target", "classes");
			try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar),
					manifest); java.util.stream.Stream<Path> files = Files.walk(classes)) {
				// directory entries too: class-path scanning (Flyway's migrations, Spring's components) lists them
				for (Path file : (Iterable<Path>) files.filter(f -> !f.equals(classes))::iterator) {
					String name = classes.relativize(file).toString().replace('\\', '/');
					boolean directory = Files.isDirectory(file);
					out.putNextEntry(new java.util.jar.JarEntry(directory ? name + "/" : name));
					if (!directory) {
						Files.copy(file, out);
					}
					out.closeEntry();
				}
			}
			return jar;
		}

		/** Spring Boot's training run: starts the context, exits after its refresh, and writes the archive. */
		static Path trainingRun(Path jar, String jvm, Path dir) throws Exception {
			Files.createDirectories(dir);
			Path archive = jar.resolveSibling("application.jsa");
			List<String> command = java(jvm);
			command.addAll(Arrays.asList("-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh",
					"-jar", jar.toString(), "--spring.profiles.active=demo", "--server.port=" + freePort()));
			Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
				.redirectOutput(dir.resolve("training.log").toFile()).start();
			assertThat(process.waitFor(10, java.util.concurrent.TimeUnit.MINUTES)).as("training run ends").isTrue();
			assertThat(archive).as("archive written (log: %s)", dir.resolve("training.log")).exists();
			return archive;
		}

		static List<String> java(String jvm) {
			List<String> command = new ArrayList<>();
			command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
			command.addAll(Arrays.asList(jvm.trim().split("\\s+")));
			return command;
		}
	}

	/** One service JVM, its port and its log. */
	private static final class Node {

		final Process process;
		final int port;
		final Path log;
		final long launched;

		private Node(Process process, int port, Path log, long launched) {
			this.process = process;
			this.port = port;
			this.log = log;
			this.launched = launched;
		}

		static Node start(Path home, Path jar, String jvm, String name) throws IOException {
			int port = freePort();
			List<String> command = Application.java(jvm);
			command.addAll(Arrays.asList("-jar", jar.toString(), "--spring.profiles.active=demo",
					"--server.port=" + port));
			if (!ARGS.isBlank()) {
				command.addAll(Arrays.asList(ARGS.trim().split("\\s+")));
			}
			Path log = home.resolve(name + ".log");
			long launched = System.nanoTime();
			Process process = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
				.redirectOutput(log.toFile()).start();
			return new Node(process, port, log, launched);
		}

		/** @return seconds from launch to readiness 200 */
		double awaitReady() throws Exception {
			HttpClient client = HttpClient.newHttpClient();
			long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
			while (System.nanoTime() < deadline) {
				if (!process.isAlive()) {
					String text = Files.readString(log);
					throw new AssertionError("the service stopped: " + text.substring(Math.max(0, text.length() - 4000)));
				}
				try {
					int status = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
							+ "/actuator/health/readiness")).timeout(Duration.ofSeconds(2)).build(),
							HttpResponse.BodyHandlers.discarding()).statusCode();
					if (status == 200) {
						return (System.nanoTime() - launched) / 1e9;
					}
				}
				catch (IOException notYet) {
					// not listening yet
				}
				Thread.sleep(50);
			}
			throw new AssertionError("not ready within 5 minutes: " + log);
		}

		/** CPU time the service's process has used so far (user and system), in seconds. */
		double cpuSeconds() throws IOException {
			String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
		}

		long rssKb() throws IOException {
			for (String l : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
				if (l.startsWith("VmRSS:")) {
					return Long.parseLong(l.replaceAll("\\D", ""));
				}
			}
			throw new IllegalStateException("no VmRSS for " + process.pid());
		}

		String heapUsed() throws Exception {
			Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
					Long.toString(process.pid()), "GC.heap_info").redirectErrorStream(true).start();
			String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			jcmd.waitFor();
			Matcher m = Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(out);
			long total = 0;
			long used = 0;
			while (m.find()) {
				total += Long.parseLong(m.group(1));
				used += Long.parseLong(m.group(2));
			}
			Matcher meta = Pattern.compile("Metaspace\\s+used (\\d+)K, committed (\\d+)K").matcher(out);
			return used / 1024 + " of " + total / 1024 + " MB"
					+ (meta.find() ? ", metaspace " + Long.parseLong(meta.group(1)) / 1024 + " MB" : "");
		}

		String log() throws IOException {
			return Files.readString(log);
		}

		void stop() throws InterruptedException, IOException {
			process.destroy();
			Files.copy(log, Path.of("target", "benchmark-start-" + log.getFileName()),
					java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor();
			}
		}
	}
}
