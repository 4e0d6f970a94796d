package org.trustfund.ledger;

import org.trustfund.shared.Money;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.trustfund.IntegrationTest;
import org.trustfund.benchmarks.Benchmarks;

/**
 * Not a timed test: loads 1,000,000 ledger entries ({@code -Dledger.benchmark.entries}; 50,000 in the quick run,
 * {@code -Dbenchmark.size=small}) with JDBC batches, then prints how long the balance dashboard's data, the
 * available balance, a commitment and a disbursement take (median and 95th percentile, {@code RUNS} runs: 200,
 * 100 in the quick run) and records the medians and p95s in the benchmark table ({@link Benchmarks}). Run with
 * {@code mvn -Pbenchmark test -Dtest=LedgerBenchmark}.
 */
@Tag("benchmark")
@IntegrationTest
class LedgerBenchmark {

	static final int ENTRIES = Benchmarks.size("ledger.benchmark.entries", 1_000_000, 50_000);
	static final int GRANTS = 10_000;
	static final int RUNS = Benchmarks.size("ledger.benchmark.runs", 200, 100);

	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	FundLedger ledger;
	@Autowired
	LedgerReports reports;

	@Test
	void balancesStayFastAtAMillionEntries() {
		long loadStart = System.nanoTime();
		load();
		double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
		long reconcileStart = System.nanoTime();
		assertThat(reports.reconcile().matches()).isTrue();
		double reconcileMs = (System.nanoTime() - reconcileStart) / 1e6;
		System.gc(); // settle the heap after the load, so that the timings measure the ledger

		double[] available = time(() -> ledger.available());
		double[] dashboard = time(() -> reports.dashboard());
		int[] grant = { 0 };
		double[] commit = time(() -> ledger.commit("BENCH-NEW-" + grant[0]++, Money.of(1), "benchmark award"));
		double[] disburse = time(() -> ledger.disburse("BENCH-" + (grant[0]++ % GRANTS), Money.of("0.01"),
				"BENCH-PAY-" + grant[0], LocalDate.now()));
		double[] firstPage = time(() -> reports.entries(LedgerFilter.ALL,
				PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "id"))));
		assertThat(reports.reconcile().matches()).isTrue();

		System.out.printf("""

				==== Ledger benchmark: %,d entries (H2 in memory, %d runs each after warm-up) ====
				load (JDBC batches + totals)      %8.1f s
				reconciliation (full scan, once)  %8.1f ms
				available balance                 %s
				balance dashboard data            %s
				commitment (lock + entry + totals) %s
				disbursement (+ grant position)   %s
				first page of entries (+ count)   %s
				==========================================================================
				""", ENTRIES, RUNS, loadSeconds, reconcileMs, line(available), line(dashboard), line(commit),
				line(disburse), line(firstPage));
		String size = String.format("%,d entries", ENTRIES);
		record("ledger: available balance, " + size, available);
		record("ledger: balance dashboard data, " + size, dashboard);
		record("ledger: commitment (lock, entry, totals), " + size, commit);
		record("ledger: disbursement (and grant position), " + size, disburse);
		record("ledger: first page of entries and count, " + size, firstPage);
	}

	private static void record(String figure, double[] ms) {
		Benchmarks.record(figure, "—", "H2", String.format("median %.2f ms, p95 %.2f ms", ms[RUNS / 2],
				ms[(int) (RUNS * 0.95)]));
	}

	private void load() {
		int batch = 10_000;
		Timestamp now = Timestamp.from(Instant.now());
		for (int start = 0; start < ENTRIES; start += batch) {
			List<Object[]> rows = new ArrayList<>(batch);
			for (int i = start; i < Math.min(start + batch, ENTRIES); i++) {
				rows.add(row(i, now));
			}
			jdbc.batchUpdate("insert into ledger_entry (type, bucket, amount, value_date, value_year, recorded_at, actor,"
					+ " reason, reference, grant_ref, donor_id, donor_group) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
					rows);
		}
		jdbc.update("""
				update fund_balance set
				  paid_in = (select coalesce(sum(amount), 0) from ledger_entry where bucket = 'PAID_IN'),
				  committed = (select coalesce(sum(amount), 0) from ledger_entry where bucket = 'COMMITTED'),
				  disbursed = (select coalesce(sum(amount), 0) from ledger_entry where bucket = 'DISBURSED'),
				  refunded = (select coalesce(sum(amount), 0) from ledger_entry where bucket = 'REFUNDED'),
				  reserve = (select coalesce(sum(amount), 0) from ledger_entry where bucket = 'RESERVE'),
				  entry_count = (select count(*) from ledger_entry),
				  last_entry_id = (select max(id) from ledger_entry)
				where id = 1""");
		jdbc.update("delete from fund_year_total");
		jdbc.update("insert into fund_year_total (value_year, bucket, donor_group, amount, entry_count) "
				+ "select value_year, bucket, coalesce(donor_group, 'NONE'), sum(amount), count(*) from ledger_entry "
				+ "group by value_year, bucket, coalesce(donor_group, 'NONE')");
	}

	/** Per ten entries: 5 contributions of 100; 3 commitments of 100, a payment of 50 and a refund of 5 to one grant. */
	private static Object[] row(int i, Timestamp now) {
		LocalDate date = LocalDate.of(2010 + (i % 16), 1 + (i % 12), 1 + (i % 28));
		String grant = "BENCH-" + ((i / 10) % GRANTS);
		return switch (i % 10) {
			case 0, 2, 4, 6, 8 -> entry("CONTRIBUTION_RECEIVED", "PAID_IN", "100.00", date, now, null,
					(long) (i % 50), i % 3 == 0 ? "PRIVATE" : "MEMBER_STATE", "BANK-" + i);
			case 1, 3, 5 -> entry("GRANT_COMMITTED", "COMMITTED", "100.00", date, now, grant, null, null, null);
			case 7 -> entry("DISBURSEMENT_PAID", "DISBURSED", "50.00", date, now, grant, null, null, "PAY-" + i);
			default -> entry("REFUND_RECEIVED", "REFUNDED", "5.00", date, now, grant, null, null, "REF-" + i);
		};
	}

	private static Object[] entry(String type, String bucket, String amount, LocalDate date, Timestamp now,
			String grant, Long donor, String group, String reference) {
		return new Object[] { type, bucket, new BigDecimal(amount), Date.valueOf(date), date.getYear(), now,
				"benchmark", "benchmark " + type, reference, grant, donor, group };
	}

	/** @return the times of {@link #RUNS} runs after ten to warm up, in milliseconds, sorted */
	private static double[] time(Supplier<?> action) {
		for (int i = 0; i < 10; i++) {
			action.get();
		}
		double[] ms = new double[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			action.get();
			ms[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(ms);
		return ms;
	}

	private static String line(double[] ms) {
		return String.format("median %7.2f ms   p95 %7.2f ms   max %7.2f ms", ms[RUNS / 2], ms[(int) (RUNS * 0.95)],
				ms[RUNS - 1]);
	}
}
