package org.trustfund.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.trustfund.IntegrationTest;
import org.trustfund.benchmarks.Benchmarks;
import org.trustfund.ledger.FundLedger;
import org.trustfund.ledger.LedgerReports;

/**
 * Not a timed test (issue 13's benchmark): imports through {@link HistoryImports} {@value #DONORS} donors, then
 * {@code history.benchmark.contributions} (default 100,000) paid contributions dated 2010 to 2023, then a calls file
 * and a grants file of {@code history.benchmark.grants} (default 10,000) past grants awarded in 2024, each with three
 * tranches (a grant row, then its tranche rows; nine in ten closed and fully paid, one in ten active with its last
 * tranche unpaid, whose lifecycle process the import starts). Each file is checked alone (the preview's check pass),
 * then imported (check and write pass in one transaction, every contribution, commitment and payment a ledger entry
 * on its own value date), and the contributions file once more (every row skipped). For each file it prints the
 * rows, the check pass's time, the import's time and rows per second, the peak of the heap in use while importing
 * (sampled every 20 ms, garbage included) and the highest heap left after a collection (what the import keeps). Run
 * with {@code mvn -Pbenchmark test -Dtest=HistoryImportBenchmark} (fewer:
 * {@code -Dhistory.benchmark.contributions=20000 -Dhistory.benchmark.grants=2000}; the quick run,
 * {@code -Dbenchmark.size=small}: 2,000 contributions, 200 grants). The contributions' and grants' imports and the
 * second contributions import go to the benchmark table ({@link Benchmarks}; no target set).
 */
@Tag("benchmark")
@IntegrationTest
class HistoryImportBenchmark {

	static final int DONORS = 1_000;
	static final int CONTRIBUTIONS = Benchmarks.size("history.benchmark.contributions", 100_000, 2_000);
	static final int GRANTS = Benchmarks.size("history.benchmark.grants", 10_000, 200);
	static final int CALLS = Math.max(1, GRANTS / 1_000);
	static final int ORGANISATIONS = Math.max(1, GRANTS / 5);
	static final String[] COUNTRIES = { "TH", "KE", "NP", "PE", "UA", "VN", "GH", "MD" };

	@Autowired HistoryImports imports;
	@Autowired FundLedger ledger;
	@Autowired LedgerReports reports;
	@Autowired JdbcTemplate jdbc;

	private final StringBuilder table = new StringBuilder();

	@Test
	void importsAHundredThousandContributionsAndTenThousandGrants() throws Exception {
		String p = HistorySupport.prefix();
		StringBuilder donors = new StringBuilder("reference,name,kind,anonymous\n");
		for (int d = 0; d < DONORS; d++) {
			donors.append(p).append("-D").append(d).append(",Benchmark donor ").append(d).append(",foundation,no\n");
		}
		HistoryImportRecord donorsImport = measure("donors", donors.toString().getBytes(StandardCharsets.UTF_8), DONORS);
		assertThat(donorsImport.written()).isEqualTo(DONORS);

		StringBuilder file = new StringBuilder(
				"reference,donor_reference,received_on,amount,currency,credited_usd,bank_reference\n");
		LocalDate first = LocalDate.of(2010, 1, 1);
		BigDecimal total = BigDecimal.ZERO;
		for (int i = 0; i < CONTRIBUTIONS; i++) {
			boolean euro = i % 4 == 0;
			String amount = (100 + i % 9_000) + "." + (10 + i % 90);
			String credited = euro ? new BigDecimal(amount).multiply(new BigDecimal("1.10")).setScale(2,
					java.math.RoundingMode.HALF_UP).toPlainString() : amount;
			total = total.add(new BigDecimal(credited));
			file.append(p).append("-C").append(i).append(',').append(p).append("-D").append(i % DONORS).append(',')
				.append(first.plusDays(i % 5_000)).append(',').append(amount).append(',').append(euro ? "EUR" : "USD")
				.append(',').append(euro ? credited : "").append(',').append(p).append("-BANK-").append(i).append('\n');
		}
		byte[] contributions = file.toString().getBytes(StandardCharsets.UTF_8);
		file.setLength(0);
		BigDecimal paidBefore = ledger.balances().paidIn();
		HistoryImportRecord record = measure("contributions", contributions, CONTRIBUTIONS);
		assertThat(record.written()).isEqualTo(CONTRIBUTIONS);
		assertThat(ledger.balances().paidIn().subtract(paidBefore)).isEqualByComparingTo(total);

		long start = System.nanoTime();
		HistoryImportRecord again = imports.importFile("contributions", "contributions.csv", contributions, "benchmark");
		double againSeconds = (System.nanoTime() - start) / 1e9;
		assertThat(again.alreadyImported()).isEqualTo(CONTRIBUTIONS);
		Benchmarks.record(String.format("history import: the contributions file again, %,d rows all skipped",
				CONTRIBUTIONS), "—", "H2", String.format("%.1f s", againSeconds));
		contributions = null;

		StringBuilder calls = new StringBuilder("reference,title,description,opening_date,submission_deadline,time_zone,"
				+ "status,eligible_countries,target_groups,services,ceiling_per_grant,envelope,max_duration_months,"
				+ "reserve_list_expiry\n");
		for (int c = 0; c < CALLS; c++) {
			calls.append(p).append("-CALL-").append(c).append(",Benchmark call ").append(c)
				.append(",Direct assistance to victims.,2023-01-02,2023-03-31,Europe/Vienna,decided,")
				.append(String.join(" ", COUNTRIES)).append(",WOMEN GIRLS,BASIC_SHELTER LEGAL_ADVICE,100000.00,")
				.append("90000000.00,36,\n");
		}
		HistoryImportRecord callsImport = measure("calls", calls.toString().getBytes(StandardCharsets.UTF_8), CALLS);
		assertThat(callsImport.written()).isEqualTo(CALLS);

		StringBuilder grants = new StringBuilder("record,reference,grant_reference,call_reference,organisation_name,"
				+ "registration_number,country,title,awarded_on,amount,duration_months,status,closed_on,number,"
				+ "planned_on,paid_on,paid_amount\n");
		LocalDate awards = LocalDate.of(2024, 1, 1);
		// The grants commit four fifths of the money the contributions brought in, so the funds check passes.
		long unit = total.multiply(new BigDecimal("0.8")).longValue() / GRANTS / 1_000 * 1_000;
		BigDecimal committed = BigDecimal.ZERO;
		int activeGrants = 0;
		for (int g = 0; g < GRANTS; g++) {
			String ref = p + "-G" + g;
			int o = g % ORGANISATIONS;
			LocalDate awarded = awards.plusDays(g % 300);
			boolean active = g % 10 == 9;
			activeGrants += active ? 1 : 0;
			BigDecimal amount = new BigDecimal(unit + (g % 3 - 1) * 100).setScale(2);
			committed = committed.add(amount);
			BigDecimal tranche = amount.multiply(new BigDecimal("0.40")).setScale(2);
			BigDecimal last = amount.subtract(tranche).subtract(tranche);
			grants.append("grant,").append(ref).append(",,").append(p).append("-CALL-").append(g % CALLS)
				.append(",Benchmark organisation ").append(o).append(',').append(p).append("-REG-").append(o).append(',')
				.append(COUNTRIES[o % COUNTRIES.length]).append(",Assistance project ").append(g).append(',')
				.append(awarded).append(',').append(amount).append(",12,").append(active ? "active," : "closed,")
				.append(active ? "" : awarded.plusMonths(12)).append(",,,,\n");
			for (int t = 1; t <= 3; t++) {
				BigDecimal part = t < 3 ? tranche : last;
				LocalDate planned = awarded.plusMonths(4L * (t - 1)).plusDays(7);
				boolean paid = !active || t < 3;
				grants.append("tranche,").append(ref).append("-T").append(t).append(',').append(ref)
					.append(",,,,,,,").append(part).append(",,,,").append(t).append(',').append(planned).append(',')
					.append(paid ? planned : "").append(',').append(paid ? part : "").append('\n');
			}
		}
		int grantRows = GRANTS * 4;
		BigDecimal committedBefore = ledger.balances().committed();
		HistoryImportRecord grantsImport = measure("grants", grants.toString().getBytes(StandardCharsets.UTF_8),
				grantRows);
		grants.setLength(0);
		assertThat(grantsImport.written()).isEqualTo(grantRows);
		assertThat(ledger.balances().committed().subtract(committedBefore)).isEqualByComparingTo(committed);
		assertThat(jdbc.queryForObject("select count(*) from grant_tranche t join fund_grant g on g.id = t.grant_id "
				+ "where g.grant_ref like ?", Long.class, p + "-G%")).isEqualTo(GRANTS * 3L);
		assertThat(reports.reconcile().matches()).isTrue();

		System.out.printf("""

				==== History import benchmark (H2 in memory, max heap %d MB): %,d donors, %,d contributions, %,d calls,
				     %,d past grants (%,d active) with 3 tranches each ====
				file            rows   check pass    import (check + write, 1 tx)   peak heap   live after GC
				%s
				contributions file again (all %,d rows skipped): %.1f s
				%n""", Runtime.getRuntime().maxMemory() >> 20, DONORS, CONTRIBUTIONS, CALLS, GRANTS, activeGrants, table,
				CONTRIBUTIONS, againSeconds);
	}

	/** Checks {@code content} alone, then imports it, and adds a line of figures to {@link #table}. */
	private HistoryImportRecord measure(String kind, byte[] content, int rows) throws InterruptedException {
		System.gc();
		long start = System.nanoTime();
		HistoryPreview preview = imports.check(kind, kind + ".csv", content);
		double checkSeconds = (System.nanoTime() - start) / 1e9;
		assertThat(preview.problemCount()).as(preview.problems().toString()).isZero();
		assertThat(preview.rows()).isEqualTo(rows);

		System.gc();
		HeapSampler sampler = new HeapSampler();
		sampler.start();
		start = System.nanoTime();
		HistoryImportRecord record = imports.importFile(kind, kind + ".csv", content, "benchmark");
		double importSeconds = (System.nanoTime() - start) / 1e9;
		long peak = sampler.finish();
		table.append(String.format("%-13s %7d   %7.1f s     %8.1f s (%,7.0f rows/s)          %6d MB   %6d MB%n", kind,
				rows, checkSeconds, importSeconds, rows / importSeconds, peak >> 20, sampler.live.get() >> 20));
		System.out.printf("history import benchmark: %s", table.substring(table.lastIndexOf(kind)));
		if (kind.equals("contributions") || kind.equals("grants")) {
			Benchmarks.record(String.format("history import: %s file, %,d rows (check pass; check + write in one "
					+ "transaction)", kind, rows), "—", "H2", String.format("check %.1f s; import %.1f s (%,.0f rows/s), "
							+ "peak heap %d MB", checkSeconds, importSeconds, rows / importSeconds, peak >> 20));
		}
		return record;
	}

	private static long usedHeap() {
		long used = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				used += pool.getUsage().getUsed();
			}
		}
		return used;
	}

	/** The heap in use right after the latest collection of each pool (live data, not garbage). */
	private static long liveHeap() {
		long used = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
				used += pool.getCollectionUsage().getUsed();
			}
		}
		return used;
	}

	/** Samples the heap in use every 20 ms on a thread of its own; {@link #finish} returns the highest seen. */
	private static final class HeapSampler extends Thread {
		private final AtomicBoolean running = new AtomicBoolean(true);
		private final AtomicLong peak = new AtomicLong();
		private final AtomicLong live = new AtomicLong();

		HeapSampler() {
			setDaemon(true);
		}

		@Override
		public void run() {
			while (running.get()) {
				peak.accumulateAndGet(usedHeap(), Math::max);
				live.accumulateAndGet(liveHeap(), Math::max);
				try {
					Thread.sleep(20);
				}
				catch (InterruptedException e) {
					return;
				}
			}
		}

		long finish() throws InterruptedException {
			running.set(false);
			join();
			return peak.get();
		}
	}
}
