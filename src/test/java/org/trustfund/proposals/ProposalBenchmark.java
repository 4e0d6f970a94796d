package org.trustfund.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;
import org.trustfund.ServerTest;
import org.trustfund.TestData;
import org.trustfund.benchmarks.Benchmarks;
import org.trustfund.users.UserService;
import org.trustfund.calls.Call;
import org.trustfund.calls.CallForm;
import org.trustfund.calls.CallService;
import org.trustfund.users.Role;

/**
 * Benchmark, not a test (README: {@code mvn -Pbenchmark test -Dtest=ProposalBenchmark}). NGO members submit
 * proposals through the HTTP API, each starting its review process up to its first wait state (the fund
 * manager's screening); then the same process is started as often through Camunda's RuntimeService on the
 * same database, with the same number of threads; then the task lists are timed with that many open tasks.
 * <p>
 * Clients authenticate as real ones do: passwords are hashed with BCrypt at the production strength 12 (the
 * test profile's 4 is overridden), each client logs in once with its password (HTTP Basic, one BCrypt check)
 * to create a personal API token, and sends every measured request with that token ({@code Bearer}).
 * <p>
 * Both sides first run a warm-up (a fifth of the size, at most 200, not timed) so that neither is measured
 * while the JIT compiles what the other already warmed. The "bare engine" side is
 * {@code RuntimeService.startProcessInstanceByKey} on proposals already drafted and marked submitted by SQL:
 * the same BPMN, delegates (eligibility table), task listeners and database as the HTTP submission, without
 * HTTP, security, the proposal's own rules, history and notifications. Results go to standard output,
 * {@code target/benchmark-proposals.txt} (with each phase's start and end, UTC, to slice a flight recording)
 * and the benchmark table ({@link Benchmarks#record}). {@code -Dbenchmark.proposals=10000 -Dbenchmark.threads=4};
 * {@code -Dbenchmark.size=small}: 500 proposals.
 */
@Tag("benchmark")
@ServerTest
@TestPropertySource(properties = "trustfund.security.bcrypt-strength=12")
class ProposalBenchmark {

	private static final int N = Benchmarks.size("benchmark.proposals", 10_000, 500);
	private static final int WARM_UP = Math.min(200, N / 5);
	/** Rounds of the timed comparison; each side runs N / ROUNDS submissions per round. */
	private static final int ROUNDS = 5;
	private static final int THREADS = Integer.getInteger("benchmark.threads", 4);
	private static final int NGOS = 20;
	private static final int TASK_LIST_CALLS = Benchmarks.size("benchmark.taskListCalls", 100, 50);

	@LocalServerPort int port;
	@Autowired ReviewSteps steps;
	@Autowired Fixtures fixtures;
	@Autowired CallService calls;
	@Autowired ProposalService proposals;
	@Autowired RuntimeService runtime;
	@Autowired TaskService tasks;
	@Autowired JdbcTemplate jdbc;
	@Autowired ObjectMapper json;
	@Autowired UserService users;
	@Value("${trustfund.security.bcrypt-strength}") int strength;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
	private final StringBuilder report = new StringBuilder();
	/** Each client's personal API token ({@code Authorization: Bearer}), by username. */
	private final Map<String, String> tokens = new ConcurrentHashMap<>();

	@Test
	void submitProposalsThroughTheApiAndCompareWithTheEngineAlone() throws Exception {
		assertThat(strength).as("production BCrypt strength").isEqualTo(12);
		Call call = bigCall();
		List<Fixtures.Ngo> ngos = new ArrayList<>();
		for (int i = 0; i < NGOS; i++) {
			Fixtures.Ngo ngo = fixtures.verifiedNgo("TH");
			ngos.add(ngo);
			logInAndCreateToken(ngo.username(), Fixtures.PASSWORD);
		}
		String fm = Fixtures.unique("benchfm");
		TestData.staff(users, fm, Role.FUND_MANAGER);
		logInAndCreateToken(fm, TestData.PASSWORD);
		line("Proposals: %d (after %d to warm up each side), client threads: %d, NGOs: %d, cores: %d, BCrypt %d, "
				+ "clients use API tokens", N, WARM_UP, THREADS, NGOS, Runtime.getRuntime().availableProcessors(), strength);

		String body = json.writeValueAsString(Fixtures.proposalForm("TH", "40000.00"));
		long[] ids = new long[N + WARM_UP];
		Timing drafts = run("HTTP draft (POST /api/calls/{id}/proposals)", N + WARM_UP, i -> {
			Fixtures.Ngo ngo = ngos.get(i % NGOS);
			String created = send(ngo.username(), "POST", "/api/calls/" + call.getId() + "/proposals", body, 201);
			ids[i] = json.readTree(created).get("id").asLong();
			return null;
		});
		for (int i = 0; i < N + WARM_UP; i++) {
			Fixtures.attachWorkPlan(proposals, ids[i], ngos.get(i % NGOS).username());
		}
		long[] direct = new long[N + WARM_UP];
		for (int i = 0; i < N + WARM_UP; i++) {
			Fixtures.Ngo ngo = ngos.get(i % NGOS);
			direct[i] = proposals.draft(call.getId(), ngo.organisationId(), Fixtures.proposalForm("TH", "40000.00"),
					ngo.username()).getId();
		}
		jdbc.update("update proposal set status = 'SUBMITTED', submitted_at = current_timestamp, submitted_by = 'bench' "
				+ "where call_id = ? and status = 'DRAFT' and id >= ?", call.getId(), direct[0]);
		Step http = i -> send(ngos.get(i % NGOS).username(), "POST", "/api/proposals/" + ids[i] + "/submit", null, 200);
		Step bare = i -> runtime.startProcessInstanceByKey(ReviewProcess.KEY, Long.toString(direct[i]),
				Map.of(ReviewProcess.PROPOSAL_ID, direct[i], ReviewProcess.ORGANISATION_ID, ngos.get(i % NGOS).organisationId()));
		run("warm-up: HTTP submit", WARM_UP, 0, http);
		run("warm-up: RuntimeService", WARM_UP, 0, bare);
		// In rounds that alternate which side goes first, so that both meet the same load of the shared machine
		// (other builds come and go) and the same size of the engine's tables.
		String loadBefore = org.trustfund.benchmarks.Benchmarks.loadAverage();
		List<Timing> httpRounds = new ArrayList<>();
		List<Timing> bareRounds = new ArrayList<>();
		for (int r = 0; r < ROUNDS; r++) {
			int from = WARM_UP + (int) ((long) N * r / ROUNDS);
			int size = WARM_UP + (int) ((long) N * (r + 1) / ROUNDS) - from;
			for (int side = 0; side < 2; side++) {
				if ((side + r) % 2 == 0) {
					httpRounds.add(run("round %d: HTTP submit".formatted(r + 1), size, from, http));
				}
				else {
					bareRounds.add(run("round %d: RuntimeService".formatted(r + 1), size, from, bare));
				}
			}
		}
		line("Load average (1, 5, 15 min) before and after the timed rounds: %s / %s", loadBefore, org.trustfund.benchmarks.Benchmarks.loadAverage());
		Timing submits = Timing.of(httpRounds);
		Timing engine = Timing.of(bareRounds);
		line("HTTP submit (POST /api/proposals/{id}/submit), process to its first wait state: %s", submits);
		line("RuntimeService.startProcessInstanceByKey, same process and database: %s", engine);
		long waiting = tasks.createTaskQuery().processDefinitionKey(ReviewProcess.KEY)
			.taskDefinitionKey(ReviewProcess.SCREEN_TASK).count();
		assertThat(waiting).isGreaterThanOrEqualTo(2L * (N + WARM_UP));
		double ratio = submits.perSecond() / engine.perSecond();
		double cpuRatio = engine.cpuMillisPerCall() / submits.cpuMillisPerCall();
		line("HTTP submit / engine alone: throughput %.2f x, p95 latency %.2f x; CPU per call: engine / HTTP %.2f x",
				ratio, submits.p95() / engine.p95(), cpuRatio);
		String size = "%,d proposals, %d threads".formatted(N, THREADS);
		Benchmarks.record("intake: HTTP submissions/s (" + size + ", API token)", "—", "H2",
				"%.1f/s".formatted(submits.perSecond()));
		Benchmarks.record("intake: bare engine starts/s (RuntimeService, same process, " + size + ")", "—", "H2",
				"%.1f/s".formatted(engine.perSecond()));
		Benchmarks.record("intake: HTTP / bare engine throughput", "≥ 0.5×", "H2", "%.2f×".formatted(ratio));
		Benchmarks.record("intake: CPU per submission, HTTP %.1f ms / bare engine %.1f ms (JVM CPU time; ratio as throughput on saturated cores)"
				.formatted(submits.cpuMillisPerCall(), engine.cpuMillisPerCall()), "≥ 0.5×", "H2", "%.2f×".formatted(cpuRatio));
		Benchmarks.record("intake: HTTP submission p95 (p50 %s)".formatted(Benchmarks.ms(submits.p50())), "—", "H2",
				Benchmarks.ms(submits.p95()));

		Fixtures.Ngo first = ngos.get(0);
		askTwentyQuestions(first, fm);
		long open = tasks.createTaskQuery().active().count();
		line("Open user tasks: %d", open);
		run("Task list of a fund manager (GET /api/tasks, up to 500 of %d offered)".formatted(open),
				TASK_LIST_CALLS, i -> send(fm, "GET", "/api/tasks", null, 200));
		run("Task list of an NGO member (GET /api/tasks)", TASK_LIST_CALLS,
				i -> send(first.username(), "GET", "/api/tasks", null, 200));
		Files.writeString(Path.of("target", "benchmark-proposals.txt"), report);
		assertThat(drafts.count() + submits.count() + engine.count()).isEqualTo(3L * N + WARM_UP);
	}

	/**
	 * What an API client does once: one request with its password (HTTP Basic, one BCrypt check) that creates
	 * a personal API token, kept for every later request.
	 */
	private void logInAndCreateToken(String username, String password) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me/tokens"))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/json").header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"benchmark\",\"validityDays\":1}")).build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		tokens.put(username, json.readTree(response.body()).get("token").asText());
	}

	/** Twenty of the first NGO's proposals get a question, so its task list has something in it. */
	private void askTwentyQuestions(Fixtures.Ngo ngo, String fm) {
		tasks.createTaskQuery().processDefinitionKey(ReviewProcess.KEY).taskDefinitionKey(ReviewProcess.SCREEN_TASK)
			.processVariableValueEquals(ReviewProcess.ORGANISATION_ID, ngo.organisationId()).listPage(0, 20)
			.forEach(t -> steps.complete(t, fm, Map.of(ReviewProcess.DECISION, ReviewProcess.CLARIFY,
					ReviewProcess.NOTE, "How many beds?")));
	}

	private Call bigCall() {
		CallForm f = Fixtures.callForm();
		Call call = calls.draft(new CallForm(f.title(), f.description(), f.openingDate(), f.submissionDeadline(),
				f.timeZone(), f.eligibleCountries(), f.priorityTargetGroups(), f.services(), f.ceilingPerGrant(),
				f.maxDurationMonths(), new BigDecimal("1000000000.00"), f.criteria(), f.qualityThresholdPercent(),
				f.reserveListExpiry()), "bench");
		return calls.publish(call.getId(), "bench");
	}

	private String send(String username, String method, String path, String body, int expected) throws IOException,
			InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Bearer " + tokens.get(username))
			.header("Accept", "application/json");
		request = body == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
				: request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != expected) {
			throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
		}
		return response.body();
	}

	interface Step {
		Object run(int i) throws Exception;
	}

	private Timing run(String label, int count, Step step) throws Exception {
		return run(label, count, 0, step);
	}

	/** Runs {@code step(first)} to {@code step(first + count - 1)} on {@link #THREADS} threads. */
	private Timing run(String label, int count, int first, Step step) throws Exception {
		long[] nanos = new long[count];
		java.time.Instant began = java.time.Instant.now();
		AtomicInteger next = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		long cpuStart = processCpuNanos();
		long start = System.nanoTime();
		List<Future<?>> workers = new ArrayList<>();
		for (int t = 0; t < THREADS; t++) {
			workers.add(pool.submit(() -> {
				for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
					long begin = System.nanoTime();
					step.run(first + i);
					nanos[i] = System.nanoTime() - begin;
				}
				return null;
			}));
		}
		for (Future<?> w : workers) {
			w.get();
		}
		pool.shutdown();
		Timing timing = new Timing((System.nanoTime() - start) / 1e9, (processCpuNanos() - cpuStart) / 1e9, nanos);
		line("%s: %s (%s to %s)", label, timing, began, java.time.Instant.now());
		return timing;
	}

	/** CPU time used by this JVM so far, all threads, in nanoseconds. */
	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	private void line(String format, Object... args) {
		String text = String.format(java.util.Locale.ROOT, format, args);
		System.out.println("[benchmark] " + text);
		report.append(text).append('\n');
	}

	/**
	 * Latencies of {@code nanos.length} calls made in {@code seconds} of wall-clock time, during which this JVM
	 * used {@code cpuSeconds} of CPU time (other processes on the machine do not count).
	 */
	record Timing(double seconds, double cpuSeconds, long[] nanos) {

		static Timing of(List<Timing> rounds) {
			return new Timing(rounds.stream().mapToDouble(Timing::seconds).sum(),
					rounds.stream().mapToDouble(Timing::cpuSeconds).sum(),
					rounds.stream().flatMapToLong(t -> Arrays.stream(t.nanos())).toArray());
		}

		/** @return CPU time of this JVM (server, client threads, JIT, GC) per call, in milliseconds */
		double cpuMillisPerCall() {
			return cpuSeconds * 1000 / nanos.length;
		}

		long count() {
			return nanos.length;
		}

		double perSecond() {
			return nanos.length / seconds;
		}

		/** @return the latency below which {@code p} percent of the calls stayed, in milliseconds */
		double percentile(int p) {
			long[] sorted = nanos.clone();
			Arrays.sort(sorted);
			return sorted[Math.max(0, (int) Math.ceil(sorted.length * p / 100.0) - 1)] / 1e6;
		}

		double p50() {
			return percentile(50);
		}

		double p95() {
			return percentile(95);
		}

		@Override
		public String toString() {
			return String.format(java.util.Locale.ROOT, "%d in %.1f s = %.1f per second; latency p50 %.1f ms, p95 %.1f ms; CPU %.1f ms per call",
					count(), seconds, perSecond(), p50(), p95(), cpuMillisPerCall());
		}
	}
}
