package org.trustfund.reserve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.trustfund.IntegrationTest;
import org.trustfund.benchmarks.Benchmarks;
import org.trustfund.board.ProposalReserved;
import org.trustfund.shared.Money;
import org.trustfund.proposals.Fixtures;
import org.trustfund.proposals.ProposalService;

/**
 * Benchmark, not a test (README: {@code mvn -Pbenchmark test -Dtest=ReserveListBenchmark}). A call's reserve list
 * of 1,000 projects reacts to one paid contribution: the time from the contribution's commit to the offer being
 * prepared (entries chosen in rank order against the available balance, the written procedure prepared and
 * started, committed). Median and p95 over {@code -Dbenchmark.runs=15} runs; also the time to put 1,000 projects
 * on the list in one Board outcome. Results go to standard output, {@code target/benchmark-reserve.txt} and the
 * benchmark table ({@link Benchmarks}). The quick run ({@code -Dbenchmark.size=small}): 100 projects, 5 runs
 * ({@code -Dbenchmark.reserve}, {@code -Dbenchmark.runs} win).
 */
@Tag("benchmark")
@IntegrationTest
class ReserveListBenchmark {

	private static final int N = Benchmarks.size("benchmark.reserve", 1_000, 100);
	private static final int RUNS = Benchmarks.size("benchmark.runs", 15, 5);

	@Autowired ReserveFixtures reserve;
	@Autowired Fixtures fixtures;
	@Autowired ProposalService proposals;
	@Autowired JdbcTemplate jdbc;
	@Autowired TransactionTemplate tx;
	@Autowired ApplicationEventPublisher events;
	@Autowired RuntimeService runtime;
	@Autowired RepositoryService repository;
	@Autowired ReserveListService lists;
	@Autowired ContributionCommitClock commits;

	private final StringBuilder report = new StringBuilder();

	@Test
	void aReserveListOfAThousandProjectsReactsToOneContribution() throws Exception {
		String stub = repository.createProcessDefinitionQuery().processDefinitionKey("boardSession").count() > 0 ? null
				: repository.createDeployment().name("board-session-stub")
					.addClasspathResource("stubs/board-session-stub.bpmn").deploy().getId();
		reserve.sittingBoard();
		ReserveFixtures.Setup s = reserve.call();
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < N; i++) {
			ids.add(proposals.draft(s.callId(), s.ngo().organisationId(), Fixtures.proposalForm("TH", "50000.00"),
					s.ngo().username()).getId());
		}
		jdbc.update("update proposal set status = 'RESERVE_LIST' where call_id = ?", s.callId());
		long start = System.nanoTime();
		tx.executeWithoutResult(t -> {
			for (int i = 0; i < N; i++) {
				// 20,000 to 60,000 USD, so that a contribution funds a few projects and skips some that do not fit
				events.publishEvent(new ProposalReserved(s.callId(), ids.get(i), i + 1,
						Money.of(20_000 + (i * 7_919L % 41) * 1_000), 1));
			}
		});
		double built = (System.nanoTime() - start) / 1e6;
		line("Reserve list of %d projects built from one Board outcome in %.0f ms (cores: %d)", N, built,
				Runtime.getRuntime().availableProcessors());

		double[] ms = new double[RUNS];
		for (int run = 0; run < RUNS; run++) {
			reserve.drain();
			fixtures.payIntoFund("100000");
			reserve.runOffers();
			long prepared = System.nanoTime();
			ms[run] = (prepared - commits.lastCommit()) / 1e6;
			long offered = lists.entries(s.callId()).stream()
				.filter(e -> e.getLastOfferedIn() != null && e.getLastOfferedIn().equals(lists.list(s.callId())
					.getCurrentOfferSession())).count();
			assertThat(offered).as("projects offered in run %d", run).isPositive();
			restart(s.callId());
		}
		Arrays.sort(ms);
		line("Contribution committed -> offer prepared (projects chosen, written procedure started), %d runs: "
				+ "median %.1f ms, p95 %.1f ms, max %.1f ms", RUNS, ms[RUNS / 2],
				ms[Math.min(RUNS - 1, (int) Math.ceil(RUNS * 0.95) - 1)], ms[RUNS - 1]);
		Benchmarks.record(String.format("reserve list of %,d projects built from one Board outcome", N), "—", "H2",
				String.format("%.0f ms", built));
		Benchmarks.record(String.format("reserve list of %,d projects: contribution committed to offer prepared, "
				+ "%d runs", N, RUNS), "—", "H2", String.format("median %.1f ms, p95 %.1f ms", ms[RUNS / 2],
				ms[Math.min(RUNS - 1, (int) Math.ceil(RUNS * 0.95) - 1)]));
		reserve.endProcesses(List.of(s.callId()), runtime);
		if (stub != null) {
			repository.deleteDeployment(stub, true);
		}
		org.camunda.bpm.engine.impl.util.ClockUtil.reset();
		Files.writeString(Path.of("target", "benchmark-reserve.txt"), report);
	}

	/** Back to waiting for money, as if the Board had passed over the offer. */
	private void restart(long callId) {
		reserve.endProcesses(List.of(callId), runtime);
		jdbc.update("update reserve_list set current_offer_session = null where call_id = ?", callId);
		runtime.startProcessInstanceByKey(ReserveListProcess.KEY, Long.toString(callId),
				Map.of(ReserveListProcess.CALL_ID, callId, ReserveListProcess.SESSION_ID, 0L,
						ReserveListProcess.AFTER_OFFER, false));
	}

	private void line(String format, Object... args) {
		String text = String.format(format, args);
		System.out.println("[benchmark] " + text);
		report.append(text).append('\n');
	}
}
