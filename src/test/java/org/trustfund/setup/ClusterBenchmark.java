package org.trustfund.setup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.trustfund.benchmarks.Benchmarks;
import org.trustfund.calls.Call;
import org.trustfund.calls.CallForm;
import org.trustfund.calls.CallService;
import org.trustfund.donors.ContributionForm;
import org.trustfund.donors.DonorForm;
import org.trustfund.donors.DonorKind;
import org.trustfund.donors.DonorService;
import org.trustfund.ledger.LedgerReports;
import org.trustfund.proposals.Fixtures;
import org.trustfund.proposals.ProposalService;
import org.trustfund.users.Role;

/**
 * Benchmark, not a test (README: {@code mvn -Pbenchmark test -Dtest=ClusterBenchmark}). Two nodes (two
 * application contexts in this JVM) on one PostgreSQL database {@code tf_bench} of the local server, made anew.
 * Each client logs in once through the login form (BCrypt cost 12, as in production) and then sends its
 * requests with its session cookie: to node 1 only, then round robin over both nodes. Measured: contributions
 * recorded by fund managers ({@code POST /api/contributions}) and proposal submissions by NGO members
 * ({@code POST /api/proposals/{id}/submit}, the review process up to its first wait state). The database's share
 * of the time: {@link DbSampler}. {@code -Dbenchmark.contributions=200 -Dbenchmark.submissions=100
 * -Dbenchmark.clients=4} (quick run, {@code -Dbenchmark.size=small}: 40 contributions and 24 submissions); results
 * also in {@code target/benchmark-cluster.txt} and, per load, the two rates and their ratio in the benchmark table
 * ({@link Benchmarks}; issue 12 set no target for the ratio on two shared cores).
 */
@Tag("benchmark")
class ClusterBenchmark {

	private static final String DATABASE = "tf_bench";
	private static final int CONTRIBUTIONS = Benchmarks.size("benchmark.contributions", 200, 40);
	private static final int SUBMISSIONS = Benchmarks.size("benchmark.submissions", 100, 24);
	private static final int CLIENTS = Integer.getInteger("benchmark.clients", 4);
	private static final int WARM_UP = 4 * CLIENTS;

	private final BenchReport report = new BenchReport();

	@Test
	void twoNodesBehindARoundRobinAgainstOne() throws Exception {
		List<ConfigurableApplicationContext> nodes = ClusterNodes.startTogether(DATABASE, 2, i -> context -> {
		}, "--spring.profiles.active=test,postgres", "--trustfund.security.bcrypt-strength=12");
		try {
			measure(nodes);
		}
		finally {
			ClusterNodes.stop(DATABASE, nodes);
		}
	}

	private void measure(List<ConfigurableApplicationContext> nodes) throws Exception {
		ConfigurableApplicationContext first = nodes.get(0);
		Fixtures fixtures = first.getBean(Fixtures.class);
		JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
		ObjectMapper json = first.getBean(ObjectMapper.class);
		String hash = first.getBean(PasswordEncoder.class).encode(Fixtures.PASSWORD);
		List<String> one = List.of(ClusterNodes.baseUrl(first));
		List<String> both = nodes.stream().map(ClusterNodes::baseUrl).toList();
		report.line("Clients: %d, contributions: %d, submissions: %d per run; cores: %d (both nodes and PostgreSQL "
				+ "share them)", CLIENTS, CONTRIBUTIONS, SUBMISSIONS, Runtime.getRuntime().availableProcessors());

		List<SessionClient> managers = new ArrayList<>();
		List<SessionClient> members = new ArrayList<>();
		List<Fixtures.Ngo> ngos = new ArrayList<>();
		long[] donors = new long[CLIENTS];
		for (int c = 0; c < CLIENTS; c++) {
			String manager = fixtures.user(Role.FUND_MANAGER);
			jdbc.update("update app_user set password_hash = ? where username = ?", hash, manager);
			managers.add(new SessionClient(one.get(0), manager, Fixtures.PASSWORD));
			Fixtures.Ngo ngo = fixtures.verifiedNgo("TH");
			ngos.add(ngo);
			members.add(new SessionClient(one.get(0), ngo.username(), Fixtures.PASSWORD));
			donors[c] = first.getBean(DonorService.class).create(new DonorForm("Bench donor " + c,
					DonorKind.FOUNDATION, "", false, "", "", ""), "bench").getId();
		}
		long[] drafts = drafts(first, ngos, WARM_UP + 2 * SUBMISSIONS);
		long before = first.getBean(LedgerReports.class).reconcile().entryCount();

		BenchRun.Step contribute = (client, i, node) -> managers.get(client).post(node, "/api/contributions",
				json.writeValueAsString(new ContributionForm(donors[client], null, LocalDate.now(),
						new BigDecimal("100.00"), "USD", null, "BENCH-" + i, false, null)), 201);
		BenchRun run = new BenchRun(CLIENTS, report, () -> new DbSampler(ClusterNodes.SERVER + DATABASE, CLIENTS));
		run.run("warm-up, contributions, round robin", WARM_UP, both, contribute, 0);
		BenchRun.Timing c1 = run.run("contributions, one node", CONTRIBUTIONS, one, contribute, WARM_UP);
		BenchRun.Timing c2 = run.run("contributions, two nodes round robin", CONTRIBUTIONS, both, contribute,
				WARM_UP + CONTRIBUTIONS);
		BenchRun.Step submit = (client, i, node) -> members.get(client).post(node,
				"/api/proposals/" + drafts[i] + "/submit", null, 200);
		run.run("warm-up, submissions, round robin", WARM_UP, both, submit, 0);
		BenchRun.Timing s1 = run.run("submissions, one node", SUBMISSIONS, one, submit, WARM_UP);
		BenchRun.Timing s2 = run.run("submissions, two nodes round robin", SUBMISSIONS, both, submit,
				WARM_UP + SUBMISSIONS);
		report.line("Ratio two nodes / one node: contributions %.2f x, submissions %.2f x", c2.perSecond() / c1.perSecond(),
				s2.perSecond() / s1.perSecond());
		Files.writeString(Path.of("target", "benchmark-cluster.txt"), report.text());
		record(String.format("contributions (POST /api/contributions), %d by %d clients, two nodes against one",
				CONTRIBUTIONS, CLIENTS), c1, c2);
		record(String.format("submissions (POST /api/proposals/{id}/submit), %d by %d clients, two nodes against one",
				SUBMISSIONS, CLIENTS), s1, s2);

		var ledger = first.getBean(LedgerReports.class).reconcile();
		assertThat(ledger.matches()).isTrue();
		assertThat(ledger.entryCount() - before).isEqualTo(WARM_UP + 2L * CONTRIBUTIONS);
		assertThat(jdbc.queryForObject("select count(*) from proposal where status <> 'DRAFT' and call_id = "
				+ "(select call_id from proposal where id = ?)", Long.class, drafts[0]))
			.isEqualTo(WARM_UP + 2L * SUBMISSIONS);
	}

	private static void record(String figure, BenchRun.Timing one, BenchRun.Timing two) {
		Benchmarks.record(figure, "—", "PostgreSQL", String.format(Locale.ROOT,
				"%.1f/s (p95 %.0f ms) against %.1f/s (p95 %.0f ms): %.2f×", two.perSecond(), two.p95(), one.perSecond(),
				one.p95(), two.perSecond() / one.perSecond()));
	}

	/** Draft proposals through the service: index i belongs to client {@code i % CLIENTS}'s organisation. */
	private static long[] drafts(ConfigurableApplicationContext node, List<Fixtures.Ngo> ngos, int count) {
		CallForm f = Fixtures.callForm();
		CallService calls = node.getBean(CallService.class);
		Call call = calls.publish(calls.draft(new CallForm(f.title(), f.description(), f.openingDate(),
				f.submissionDeadline(), f.timeZone(), f.eligibleCountries(), f.priorityTargetGroups(), f.services(),
				f.ceilingPerGrant(), f.maxDurationMonths(), new BigDecimal("1000000000.00"), f.criteria(),
				f.qualityThresholdPercent(), f.reserveListExpiry()), "bench").getId(), "bench");
		ProposalService proposals = node.getBean(ProposalService.class);
		long[] ids = new long[count];
		for (int i = 0; i < count; i++) {
			Fixtures.Ngo ngo = ngos.get(i % ngos.size());
			ids[i] = proposals.draft(call.getId(), ngo.organisationId(), Fixtures.proposalForm("TH", "40000.00"),
					ngo.username()).getId();
			Fixtures.attachWorkPlan(proposals, ids[i], ngo.username());
		}
		return ids;
	}

	/** The printed and saved lines of the run. */
	static final class BenchReport {

		private final StringBuilder text = new StringBuilder();

		void line(String format, Object... args) {
			String line = String.format(Locale.ROOT, format, args);
			System.out.println("[benchmark] " + line);
			text.append(line).append('\n');
		}

		String text() {
			return text.toString();
		}
	}
}
