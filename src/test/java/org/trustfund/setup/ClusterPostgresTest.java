package org.trustfund.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.trustfund.donors.ContributionReceived;
import org.trustfund.donors.DonorService;
import org.trustfund.ledger.FundLedger;
import org.trustfund.ledger.LedgerReports;
import org.trustfund.ledger.Reconciliation;
import org.trustfund.users.Role;
import org.trustfund.users.UserAccount;
import org.trustfund.users.UserService;

/**
 * Two nodes on one PostgreSQL database, as in production: both start at the same moment on an EMPTY
 * database with the demo profile (Flyway creates every table under its lock, the start-up and demo data are
 * written once), a log-in on one node is valid on the other, a due timer runs once although both job executors
 * look for it, contributions recorded on both nodes at once keep the running totals equal to the ledger, and
 * a message owed by a node whose delivery fails after the commit is delivered by the other node's outbox
 * retry (retry settings shortened to seconds). The
 * database {@code tf_cluster} is this test's own, made anew on every run. Run with
 * {@code mvn -Ppostgres-tests test -Dtest=ClusterPostgresTest}.
 */
@Tag("postgres")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterPostgresTest {

	private static final String DATABASE = "tf_cluster";
	/** The demo profile's administrator: the nodes write the demo data, the most there is to write at once. */
	private static final String ADMIN = "admin";
	private static final String PASSWORD = "demo";

	private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();
	/** Node 0's switch: while on, its deliveries of {@code ContributionReceived} fail after the commit. */
	private final ClusterNodes.FailingCorrelation failingOnFirst =
			new ClusterNodes.FailingCorrelation(ContributionReceived.MESSAGE);

	@BeforeAll
	void twoNodesStartTogetherOnAnEmptyDatabase() throws Exception {
		nodes.addAll(ClusterNodes.startTogether(DATABASE, 2, i -> context -> {
			context.getBeanFactory().registerSingleton("timerRuns", new TimerRuns());
			if (i == 0) {
				context.getBeanFactory().addBeanPostProcessor(failingOnFirst);
			}
		}, "--spring.profiles.active=test,postgres,demo", "--trustfund.outbox.resubmit-every=PT1S",
				"--trustfund.outbox.first-retry-after=PT5S", "--trustfund.outbox.max-back-off=PT10S"));
	}

	@AfterAll
	void stopNodes() throws SQLException {
		ClusterNodes.stop(DATABASE, nodes);
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
		assertThat(node.getBean(DonorService.class).all()).as("the demo history's donors, once")
			.filteredOn(d -> !d.getName().startsWith(ClusterContributions.DONOR)).hasSize(50);
		JdbcTemplate jdbc = node.getBean(JdbcTemplate.class);
		// The start-up Camunda grants (no "My tasks" filter since the engine guard): present, and each once.
		assertThat(jdbc.queryForObject("select count(*) from act_ru_authorization where group_id_ = 'fundmanager'",
				Integer.class)).isPositive();
		assertThat(jdbc.queryForObject("""
				select count(*) from (select group_id_, resource_type_, resource_id_ from act_ru_authorization
				where group_id_ is not null group by group_id_, resource_type_, resource_id_ having count(*) > 1) twice""",
				Integer.class)).isZero();
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

	@Test
	void contributionsOnBothNodesAtOnceKeepTheBalanceEqualToTheLedger() throws Exception {
		LedgerReports reports = nodes.get(1).getBean(LedgerReports.class);
		Reconciliation before = reports.reconcile();
		BigDecimal paid = ClusterContributions.recordAtOnce(nodes, 3, 8);
		Reconciliation after = reports.reconcile();
		assertThat(after.matches()).as("running totals equal the sum of the entries: %s", after).isTrue();
		assertThat(after.entryCount() - before.entryCount()).as("one entry per contribution").isEqualTo(2 * 3 * 8);
		assertThat(after.runningTotals().paidIn().subtract(before.runningTotals().paidIn())).isEqualByComparingTo(paid);
		assertThat(nodes.get(0).getBean(FundLedger.class).balances().sameAs(after.runningTotals()))
			.as("the other node reads the same balance").isTrue();
	}

	@Test
	void aMessageOwedByANodeWhoseDeliveryFailsIsDeliveredByTheOther() throws Exception {
		ClusterContributions.awaitNothingOwed(nodes.get(1), Duration.ofSeconds(60));
		String waiter = ClusterContributions.startAWaiterForMoney(nodes.get(1));
		failingOnFirst.fail(true);
		try {
			ClusterContributions.payInto(nodes.get(0), "25000.00");
			assertThat(ClusterContributions.owed(nodes.get(1))).as("node 0 failed after the commit").singleElement()
				.satisfies(o -> assertThat(o.lastError()).contains("this node fails"));
			assertThat(ClusterContributions.finished(nodes.get(1), waiter)).isFalse();

			ClusterContributions.awaitNothingOwed(nodes.get(1), Duration.ofSeconds(90));
			assertThat(ClusterContributions.owed(nodes.get(1))).as("delivered while node 0 still fails").isEmpty();
			assertThat(ClusterContributions.finished(nodes.get(0), waiter))
				.as("node 1's retry delivered the message: the waiting process went on").isTrue();
		}
		finally {
			failingOnFirst.fail(false);
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

	private static String baseUrl(ConfigurableApplicationContext node) {
		return ClusterNodes.baseUrl(node);
	}
}
