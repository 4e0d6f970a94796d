package org.trustfund.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.trustfund.IntegrationTest;
import org.trustfund.TestData;
import org.trustfund.TrustFundApplication;
import org.trustfund.benchmarks.Benchmarks;
import org.trustfund.organisations.OrganisationService;
import org.trustfund.security.AppUser;
import org.trustfund.users.Role;
import org.trustfund.users.UserService;

/**
 * Benchmark, not a test (README: {@code mvn -Pbenchmark test -Dtest=TaskListBenchmark}). Starts the application
 * on H2 (in memory), then on PostgreSQL (database {@code tf_tasks_bench} of 127.0.0.1:5432, made anew), writes
 * {@code -Dbenchmark.openTasks=100000} open tasks into the engine's tables (60 % offered to the fund managers,
 * 10 % assigned to trustees, 30 % offered to 1,000 NGOs' groups; a fifth with a due date), rebuilds the task
 * lists' read model from them as a start does, then for a fund manager, a trustee and an NGO member measures
 * their list: in process ({@link TaskListService#list}, the server's work) and over HTTP with an API token
 * ({@code GET /api/tasks}), each for a mix of requests (first page, page 20, a process and kind, overdue by
 * due date, claimed by me, a search), {@code -Dbenchmark.listCalls=300} per role after 30 to warm up. For
 * comparison it also times Camunda's own task query (assignee or candidate groups, active, newest first, a
 * page of 50 and its count) on the same tasks. Prints p50/p95, writes {@code target/benchmark-tasks.txt} and
 * records each role's p95 in process on each database in the benchmark table ({@link Benchmarks}; issue 15's
 * target: p95 ≤ 20 ms server time). Quick run ({@code -Dbenchmark.size=small}): 5,000 open tasks, 60 calls per
 * role.
 */
@Tag("benchmark")
class TaskListBenchmark {

	private static final int TASKS = Benchmarks.size("benchmark.openTasks", 100_000, 5_000);
	private static final int CALLS = Benchmarks.size("benchmark.listCalls", 300, 60);
	private static final int WARM_UP = 30;
	private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
	private static final String DATABASE = "tf_tasks_bench";

	private final StringBuilder report = new StringBuilder();
	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@Test
	void taskListsOnH2AndPostgres() throws Exception {
		line("Task lists with %d open tasks, %d calls per role, %d cores", TASKS, CALLS,
				Runtime.getRuntime().availableProcessors());
		run("H2", "--spring.profiles.active=test");
		sql("drop database if exists " + DATABASE + " with (force)", "create database " + DATABASE);
		try {
			run("PostgreSQL", "--spring.profiles.active=test,postgres", "--spring.datasource.url=" + SERVER + DATABASE,
					"--spring.datasource.username=postgres", "--spring.datasource.password=");
		}
		finally {
			sql("drop database if exists " + DATABASE + " with (force)");
		}
		Files.writeString(Path.of("target", "benchmark-tasks.txt"), report);
	}

	private void run(String database, String... args) throws Exception {
		List<String> all = new ArrayList<>(List.of("--" + IntegrationTest.CONFIG_LOCATION, "--server.port=0",
				"--camunda.bpm.generate-unique-process-engine-name=true", "--camunda.bpm.job-execution.enabled=false"));
		all.addAll(List.of(args));
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(TrustFundApplication.class)
			.run(all.toArray(String[]::new))) {
			measure(database, app);
		}
	}

	private void measure(String database, ConfigurableApplicationContext app) throws Exception {
		JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
		UserService users = app.getBean(UserService.class);
		UserDetailsService details = app.getBean(UserDetailsService.class);
		TaskListService taskList = app.getBean(TaskListService.class);
		String fm = TestData.unique("bench_fm");
		TestData.staff(users, fm, Role.FUND_MANAGER);
		String trustee = TestData.unique("bench_tr");
		TestData.staff(users, trustee, Role.TRUSTEE);
		String ngo = TestData.unique("bench_ngo");
		long organisation = app.getBean(OrganisationService.class).signUp(TestData.signUp(ngo), TestData.pdf()).getId();
		Map<String, AppUser> roles = new LinkedHashMap<>();
		roles.put("fund manager", (AppUser) details.loadUserByUsername(fm));
		roles.put("trustee", (AppUser) details.loadUserByUsername(trustee));
		roles.put("NGO member", (AppUser) details.loadUserByUsername(ngo));

		long started = System.nanoTime();
		String definition = app.getBean(RepositoryService.class).createProcessDefinitionQuery()
			.processDefinitionKey("proposalReview").latestVersion().singleResult().getId();
		insertTasks(jdbc, definition, fm, trustee, organisation, database.equals("PostgreSQL"));
		double inserted = (System.nanoTime() - started) / 1e9;
		started = System.nanoTime();
		TaskListModel model = app.getBean(TaskListModel.class);
		int rebuilt = new TransactionTemplate(app.getBean(PlatformTransactionManager.class)).execute(s -> model.rebuild());
		double rebuild = (System.nanoTime() - started) / 1e9;
		line("%n%s: %d tasks written in %.1f s; read model rebuilt from the engine (%d tasks) in %.1f s", database,
				TASKS, inserted, rebuilt, rebuild);
		if (database.equals("PostgreSQL")) {
			jdbc.execute("analyze");
		}

		String base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
		for (Map.Entry<String, AppUser> role : roles.entrySet()) {
			AppUser user = role.getValue();
			String token = token(base, user.getUsername(), app.getBean(ObjectMapper.class));
			List<String> queries = queries(user);
			long total = taskList.list(user, TaskFilter.ALL).total();
			for (int i = 0; i < WARM_UP; i++) {
				String q = queries.get(i % queries.size());
				taskList.list(user, filter(q));
				call(base, q, token);
			}
			long[] inProcess = new long[CALLS];
			long[] overHttp = new long[CALLS];
			Map<String, List<Long>> perQuery = new LinkedHashMap<>();
			for (int i = 0; i < CALLS; i++) {
				String q = queries.get(i % queries.size());
				long start = System.nanoTime();
				TaskPage page = taskList.list(user, filter(q));
				inProcess[i] = System.nanoTime() - start;
				assertThat(page.counts().total()).isEqualTo(total);
				perQuery.computeIfAbsent(q, k -> new ArrayList<>()).add(inProcess[i]);
				overHttp[i] = call(base, q, token);
			}
			line("%-13s %6d tasks in the list: in process p50 %6.2f ms, p95 %6.2f ms; GET /api/tasks with a token "
					+ "p50 %6.2f ms, p95 %6.2f ms", role.getKey(), total, ms(inProcess, 50), ms(inProcess, 95),
					ms(overHttp, 50), ms(overHttp, 95));
			Benchmarks.record(String.format("task list p95 in process, %s (%,d tasks in the list), %,d open tasks, "
					+ "%d calls", role.getKey(), total, TASKS, CALLS), "≤ 20 ms", database,
					String.format("%.2f ms (p50 %.2f ms; GET /api/tasks with a token p95 %.2f ms)", ms(inProcess, 95),
							ms(inProcess, 50), ms(overHttp, 95)));
			perQuery.forEach((q, nanos) -> {
				long[] each = nanos.stream().mapToLong(Long::longValue).toArray();
				line("    %-40s p50 %6.2f ms, p95 %6.2f ms", q.isEmpty() ? "(first page)" : q, ms(each, 50), ms(each, 95));
			});
			camunda(app.getBean(TaskService.class), user, role.getKey(), database);
		}
	}

	/** Camunda's task query as the list used it before the read model, on the same tasks. */
	private void camunda(TaskService tasks, AppUser user, String role, String database) {
		long[] page = new long[Math.max(10, CALLS / 10)];
		long[] count = new long[page.length];
		for (int i = -3; i < page.length; i++) {
			long start = System.nanoTime();
			tasks.createTaskQuery().or().taskAssignee(user.getUsername()).taskCandidateGroupIn(user.groups()).endOr()
				.active().orderByTaskCreateTime().desc().listPage(0, TaskFilter.DEFAULT_SIZE);
			long middle = System.nanoTime();
			tasks.createTaskQuery().or().taskAssignee(user.getUsername()).taskCandidateGroupIn(user.groups()).endOr()
				.active().count();
			if (i >= 0) {
				page[i] = middle - start;
				count[i] = System.nanoTime() - middle;
			}
		}
		line("    %-40s p50 %6.2f ms, p95 %6.2f ms; its count p50 %6.2f ms, p95 %6.2f ms",
				"before: Camunda's task query, " + role, ms(page, 50), ms(page, 95), ms(count, 50), ms(count, 95));
		if (role.equals("fund manager")) {
			Benchmarks.record(String.format("before: Camunda's task query, fund manager, a page of 50 and its count, "
					+ "%,d open tasks", TASKS), "—", database, String.format("page p95 %.2f ms, count p95 %.2f ms",
							ms(page, 95), ms(count, 95)));
		}
	}

	private static List<String> queries(AppUser user) {
		return List.of("", "page=20", "process=proposalReview&kind=screenProposal", "due=overdue&sort=due",
				"scope=mine", "q=proposal 4711");
	}

	private static TaskFilter filter(String query) {
		Map<String, String> p = new LinkedHashMap<>();
		if (!query.isEmpty()) {
			for (String pair : query.split("&")) {
				String[] kv = pair.split("=", 2);
				p.put(kv[0], kv[1]);
			}
		}
		return TaskFilter.of(p.get("page"), p.get("size"), p.get("process"), p.get("kind"), p.get("due"),
				p.get("scope"), p.get("q"), p.get("sort"));
	}

	private long call(String base, String query, String token) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/tasks?" + query.replace(" ", "%20")))
			.header("Accept", "application/json").header("Authorization", "Bearer " + token).build();
		long start = System.nanoTime();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		long nanos = System.nanoTime() - start;
		assertThat(response.statusCode()).isEqualTo(200);
		return nanos;
	}

	private String token(String base, String username, ObjectMapper json) throws Exception {
		String basic = Base64.getEncoder().encodeToString((username + ":" + TestData.PASSWORD)
			.getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(base + "/api/me/tokens"))
			.header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"benchmark\"}")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(created.statusCode()).isEqualTo(201);
		return json.readTree(created.body()).get("token").asText();
	}

	/**
	 * The engine's rows of {@link #TASKS} open tasks of a process definition, without process instances (the
	 * read model and Camunda's query need none), made by the database from a range of numbers x: 60 % offered
	 * to the fund managers ({@code fm} has claimed 1 in 120 of them), 10 % assigned to 50 trustees
	 * ({@code trustee} among them), 30 % offered to 1,000 organisations' groups ({@code organisation} among
	 * them); five kinds of task; created over the last year; every fifth due 14 days after creation.
	 */
	private static void insertTasks(JdbcTemplate jdbc, String definition, String fm, String trustee,
			long organisation, boolean postgres) {
		String range = postgres ? "generate_series(0, " + (TASKS - 1) + ") as r(x)"
				: "system_range(0, " + (TASKS - 1) + ") r(x)";
		String created = postgres ? "(cast(? as timestamp) - mod(x * 7919, 525600) * interval '1 minute')"
				: "dateadd('MINUTE', -mod(x * 7919, 525600), cast(? as timestamp))";
		String due = postgres ? "(cast(? as timestamp) - mod(x * 7919, 525600) * interval '1 minute' + interval '14 days')"
				: "dateadd('DAY', 14, dateadd('MINUTE', -mod(x * 7919, 525600), cast(? as timestamp)))";
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.update("insert into ACT_RU_TASK (ID_, REV_, PROC_DEF_ID_, NAME_, TASK_DEF_KEY_, ASSIGNEE_, PRIORITY_, "
				+ "CREATE_TIME_, DUE_DATE_, SUSPENSION_STATE_) select 'bench-' || x, 1, cast(? as varchar(64)), "
				+ "'Task for proposal ' || x, "
				+ "case mod(x * 7 + x / 10, 5) when 0 then 'screenProposal' when 1 then 'assignReviewers' "
				+ "when 2 then 'checkReviews' when 3 then 'answerQuestion' else 'verifyOrganisation' end, "
				+ "case when mod(x, 10) < 6 and mod(x, 120) = 0 then cast(? as varchar(255)) when mod(x, 10) = 6 then "
				+ "(case when mod(x, 50) = 6 then cast(? as varchar(255)) else 'bench-trustee-' || mod(x, 50) end) else null end, 50, "
				+ created + ", case when mod(x, 5) = 0 then " + due + " else null end, 1 from " + range,
				definition, fm, trustee, now, now);
		jdbc.update("insert into ACT_RU_IDENTITYLINK (ID_, REV_, GROUP_ID_, TYPE_, TASK_ID_) select 'bench-link-' || x, "
				+ "1, case when mod(x, 10) < 6 then 'fundmanager' when mod(x, 1000) = 7 then cast(? as varchar(255)) "
				+ "else 'org' || (1000000 + mod(x, 1000)) end, 'candidate', 'bench-' || x from " + range
				+ " where not (mod(x, 10) < 6 and mod(x, 120) = 0) and mod(x, 10) <> 6", "org" + organisation);
	}

	private void line(String format, Object... args) {
		String text = String.format(format, args);
		System.out.println(text);
		report.append(text).append(System.lineSeparator());
	}

	private static double ms(long[] nanos, int p) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return sorted[Math.max(0, (int) Math.ceil(sorted.length * p / 100.0) - 1)] / 1e6;
	}

	private static void sql(String... statements) throws Exception {
		try (Connection connection = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
				Statement statement = connection.createStatement()) {
			for (String each : statements) {
				statement.execute(each);
			}
		}
	}
}
