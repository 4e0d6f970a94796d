package org.trustfund.board.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.trustfund.benchmarks.Benchmarks;
import org.trustfund.IntegrationTest;
import org.trustfund.board.BoardSessionProcess;
import org.trustfund.board.ProposalAwarded;
import org.trustfund.board.ProposalReserved;
import org.trustfund.ledger.FundLedger;
import org.trustfund.proposals.Fixtures;
import org.trustfund.proposals.ProposalStatus;
import org.trustfund.proposals.Recommendation;
import org.trustfund.proposals.ReviewSteps;

/**
 * Benchmark, not a test (README: {@code mvn -Pbenchmark test -Dtest=BoardSessionBenchmark}). A session on
 * 1,000 recommended proposals (inserted directly) with five trustees: each trustee's whole ballot is timed,
 * then the time from the last vote to every outcome applied (voting closed, the chair's signature, then the
 * save point's job: awards committed, reserve list built, NGOs told). {@code -Dbenchmark.sessionProposals=1000}.
 * Figures go to standard output and {@code target/benchmark-board-session.txt}.
 */
@Tag("benchmark")
@IntegrationTest
@RecordApplicationEvents
class BoardSessionBenchmark {

	private static final int N = Benchmarks.size("benchmark.sessionProposals", 1000, 200);

	@Autowired SessionFixtures fx;
	@Autowired Fixtures fixtures;
	@Autowired SessionService sessions;
	@Autowired BallotBox ballots;
	@Autowired ReviewSteps steps;
	@Autowired TaskService tasks;
	@Autowired ManagementService management;
	@Autowired FundLedger ledger;
	@Autowired JdbcTemplate jdbc;
	@Autowired ApplicationEvents events;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void aSessionOnAThousandProposals() throws IOException {
		fixtures.payIntoFund("6000000.00");
		SessionFixtures.Board board = fx.board("AT", "NG", "FR", "DE", "KE");
		long call = fx.readyCall();
		long org = fx.ngo().organisationId();
		long t0 = System.nanoTime();
		insertProposals(call, org);
		long inserted = System.nanoTime();
		long session = sessions.convene(call, SessionKind.MEETING, "fundmanager").getId();
		long convened = System.nanoTime();
		List<Long> agenda = sessions.agenda(session).stream().map(SessionItem::getProposalId).toList();
		Map<Long, String> recommendations = new java.util.HashMap<>();
		jdbc.query("select id, recommendation from proposal where call_id = ?", rs -> {
			recommendations.put(rs.getLong(1), rs.getString(2));
		}, call);

		List<Long> ballotMillis = new ArrayList<>();
		for (int t = 1; t < 5; t++) {
			long start = System.nanoTime();
			ballots.submit(session, board.trustee(t), ballot(agenda, recommendations, board.trustee(t), session));
			ballotMillis.add((System.nanoTime() - start) / 1_000_000);
		}
		long lastVote = System.nanoTime();
		ballots.submit(session, board.chair(), ballot(agenda, recommendations, board.chair(), session));
		long votingClosed = System.nanoTime();
		String pid = tasks.createTaskQuery().processVariableValueEquals(BoardSessionProcess.SESSION_ID, session)
			.singleResult().getProcessInstanceId();
		steps.complete(steps.one(pid, BoardSessionProcess.SIGN_OUTCOME_TASK), board.chair(), Map.of());
		long signed = System.nanoTime();
		double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		long cpuBefore = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
		steps.runJobs(pid);
		long applied = System.nanoTime();
		// The save point's job runs in this thread: its CPU time, unlike the wall time, hardly depends on what
		// else shares the machine's cores.
		long applyCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuBefore;
		double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

		long awarded = events.stream(ProposalAwarded.class).filter(e -> e.sessionId() == session).count();
		long reserved = events.stream(ProposalReserved.class).filter(e -> e.sessionId() == session).count();
		Integer open = jdbc.queryForObject("select count(*) from proposal where call_id = ? and status = ?",
				Integer.class, call, ProposalStatus.REVIEWED.name());
		String report = String.format("""
				Board session benchmark: %d proposals, 5 trustees (H2 in memory)
				  insert proposals (JdbcTemplate batch):     %6d ms
				  convene (agenda, voters, recusals, tasks): %6d ms
				  one trustee's whole ballot (4 trustees):   %s ms
				  last ballot (votes + voting closed):       %6d ms
				  chair's signature:                         %6d ms
				  apply outcome (save point job):            %6d ms (CPU time of its thread %d ms)
				  from the last vote to every outcome applied: %6d ms
				  awarded %d, reserve list %d, still open %d; ledger available after: %s
				  %d cores, load average %.1f before applying, %.1f after
				""", N, ms(t0, inserted), ms(inserted, convened), ballotMillis, ms(lastVote, votingClosed),
				ms(votingClosed, signed), ms(signed, applied), applyCpu / 1_000_000, ms(lastVote, applied), awarded,
				reserved, open, ledger.available().format(), Runtime.getRuntime().availableProcessors(), loadBefore,
				loadAfter);
		System.out.println(report);
		Files.writeString(Path.of("target", "benchmark-board-session.txt"), report);
		Benchmarks.record("Board outcome applied (save-point job), " + N
				+ " proposals, all or nothing", N == 1000 ? "≤ 5 s" : "—", "H2",
				String.format("%d ms (CPU of its thread %d ms)", ms(signed, applied), applyCpu / 1_000_000));
		Benchmarks.record("one trustee's whole ballot, " + N + " proposals", "—", "H2",
				ballotMillis + " ms");
		assertThat(awarded + reserved).isPositive();
		assertThat(ledger.available().amount()).isNotNegative();
	}

	private List<Ballot> ballot(List<Long> agenda, Map<Long, String> recommendations, String trustee, long session) {
		java.util.Set<Long> recused = new java.util.HashSet<>(ballotsOf(trustee, session));
		return agenda.stream().filter(id -> !recused.contains(id)).map(id -> new Ballot(id,
				"REJECT".equals(recommendations.get(id)) ? "REJECT" : "APPROVE", null)).toList();
	}

	private List<Long> ballotsOf(String trustee, long session) {
		return jdbc.queryForList("select proposal_id from board_vote where session_id = ? and trustee = ?", Long.class,
				session, trustee);
	}

	private void insertProposals(long call, long org) {
		jdbc.execute(SessionFixtures.INSERT, (java.sql.PreparedStatement ps) -> {
			for (int i = 1; i <= N; i++) {
				Recommendation r = i <= N * 7 / 10 ? Recommendation.FUND
						: i <= N * 9 / 10 ? Recommendation.RESERVE : Recommendation.REJECT;
				SessionFixtures.fill(ps, call, org, i % 10 == 0 ? "KE" : "TH", new BigDecimal("10000.00"), i, r,
						ProposalStatus.REVIEWED);
				ps.addBatch();
			}
			return ps.executeBatch();
		});
	}

	private static long ms(long from, long to) {
		return (to - from) / 1_000_000;
	}
}
