package org.trustfund.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.trustfund.IntegrationTest;
import org.trustfund.TrustFundApplication;
import org.trustfund.donors.DonorService;
import org.trustfund.users.Role;
import org.trustfund.users.UserAccount;
import org.trustfund.users.UserService;

/**
 * Two nodes on one PostgreSQL database, as in production: both start at the same moment on an EMPTY
 * database with the demo profile (Flyway creates every table under its lock, the start-up and demo data are
 * written once), a log-in on one
 * node is valid on the other, and a due timer runs once although both job executors look for it. The
 * database {@code tf_cluster} is this test's own, made anew on every run. Run with
 * {@code mvn -Ppostgres-tests test -Dtest=ClusterPostgresTest}.
 */
@Tag("postgres")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterPostgresTest {

	private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
	private static final String DATABASE = "tf_cluster";
	/** The demo profile's administrator: the nodes write the demo data, the most there is to write at once. */
	private static final String ADMIN = "admin";
	private static final String PASSWORD = "demo";

	private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

	@BeforeAll
	void twoNodesStartTogetherOnAnEmptyDatabase() throws Exception {
		sql("drop database if exists " + DATABASE + " with (force)", "create database " + DATABASE);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		CountDownLatch ready = new CountDownLatch(2);
		List<Future<ConfigurableApplicationContext>> starts = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			starts.add(threads.submit(() -> {
				ready.countDown();
				ready.await();
				return node();
			}));
		}
		for (Future<ConfigurableApplicationContext> start : starts) {
			nodes.add(start.get());
		}
		threads.shutdown();
	}

	@AfterAll
	void stopNodes() throws SQLException {
		nodes.forEach(ConfigurableApplicationContext::close);
		sql("drop database if exists " + DATABASE + " with (force)");
	}

	@Test
	void bothNodesAreReadyAndTheStartupDataWereWrittenOnce() throws Exception {
		for (ConfigurableApplicationContext node : nodes) {
			var readiness = new Browser().get(baseUrl(node), "/actuator/health/readiness", "application/json");
			assertThat(readiness.statusCode()).isEqualTo(200);
		}
		ConfigurableApplicationContext node = nodes.get(0);
		assertThat(node.getBean(UserService.class).withRole(Role.ADMIN)).extracting(UserAccount::getUsername)
			.containsExactly(ADMIN);
		assertThat(node.getBean(DonorService.class).all()).as("the demo donors, once").hasSize(6);
		assertThat(node.getBean(FilterService.class).createFilterQuery().filterName("My tasks").count()).isEqualTo(1);
		JdbcTemplate jdbc = node.getBean(JdbcTemplate.class);
		assertThat(jdbc.queryForObject("select count(*) from act_ge_property where name_ = 'historyLevel'",
				Integer.class)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where version = '2' and success",
				Integer.class)).isEqualTo(1);
	}

	@Test
	void aLogInOnOneNodeIsValidOnTheOther() throws Exception {
		String first = baseUrl(nodes.get(0));
		String second = baseUrl(nodes.get(1));
		Browser browser = new Browser();
		String token = browser.csrfToken(first);
		assertThat(browser.logIn(second, token, ADMIN, PASSWORD)).isEqualTo("/");
		assertThat(browser.get(first, "/api/admin/users", "application/json").statusCode()).isEqualTo(200);
		assertThat(browser.get(second, "/api/admin/users", "application/json").statusCode()).isEqualTo(200);
		assertThat(new Browser().get(first, "/api/admin/users", "application/json").statusCode()).isEqualTo(401);
	}

	@Test
	void aDueTimerRunsOnceThoughBothNodesLookForIt() throws Exception {
		BpmnModelInstance model = Bpmn.createExecutableProcess("clusterTimer").camundaHistoryTimeToLive(1)
			.startEvent().intermediateCatchEvent().timerWithDuration("PT1S")
			.serviceTask().camundaExpression("${timerRuns.ran(execution.processInstanceId)}").endEvent().done();
		nodes.get(0).getBean(RepositoryService.class).createDeployment().addModelInstance("cluster-timer.bpmn", model)
			.deploy();
		RuntimeService runtime = nodes.get(0).getBean(RuntimeService.class);
		List<String> instances = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			instances.add(runtime.startProcessInstanceByKey("clusterTimer").getId());
		}
		HistoryService history = nodes.get(1).getBean(HistoryService.class);
		long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (history.createHistoricProcessInstanceQuery().processDefinitionKey("clusterTimer").finished().count() < 12
				&& System.nanoTime() < until) {
			Thread.sleep(500);
		}
		assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("clusterTimer").finished().count())
			.isEqualTo(12);
		for (String instance : instances) {
			assertThat(TimerRuns.RUNS.get(instance)).as("runs of %s", instance).hasValue(1);
		}
	}

	/** Counts, across both nodes of this JVM, how often each process instance's service task ran. */
	public static class TimerRuns {

		static final Map<String, AtomicInteger> RUNS = new ConcurrentHashMap<>();

		/** Called by the test process's service task on the node whose job executor runs the timer. */
		public void ran(String processInstanceId) {
			RUNS.computeIfAbsent(processInstanceId, id -> new AtomicInteger()).incrementAndGet();
		}
	}

	private ConfigurableApplicationContext node() {
		return new SpringApplicationBuilder(TrustFundApplication.class)
			.initializers(context -> context.getBeanFactory().registerSingleton("timerRuns", new TimerRuns()))
			.run("--" + IntegrationTest.CONFIG_LOCATION, "--spring.profiles.active=test,postgres,demo",
					"--spring.datasource.url=" + SERVER + DATABASE, "--spring.datasource.username=postgres",
					"--spring.datasource.password=", "--server.port=0", "--camunda.bpm.job-execution.enabled=true",
					// Two engines in one JVM: Camunda's static registry needs a name for each (a closed node
					// would otherwise unregister the "default" engine of the other contexts).
					"--camunda.bpm.generate-unique-process-engine-name=true");
	}

	private static String baseUrl(ConfigurableApplicationContext node) {
		return "http://localhost:" + ((WebServerApplicationContext) node).getWebServer().getPort();
	}

	private static void sql(String... statements) throws SQLException {
		try (Connection connection = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
				Statement statement = connection.createStatement()) {
			for (String each : statements) {
				statement.execute(each);
			}
		}
	}
}
