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
import org.trustfund.ledger.FundLedger;
import org.trustfund.ledger.LedgerReports;

/**
 * Not a timed test: imports {@value #DONORS} donors, then {@code history.benchmark.contributions} (default
 * 100,000) paid contributions from one CSV file through {@link HistoryImports} (check pass, then write pass
 * in one transaction, every contribution booked in the ledger on its own value date), and prints the time of
 * the preview (check pass), of the import and of importing the same file again, with the peak of the heap
 * in use while importing (sampled every 20 ms) and the file's size. Run with
 * {@code mvn -Pbenchmark test -Dtest=HistoryImportBenchmark} (fewer: {@code -Dhistory.benchmark.contributions=20000}).
 */
@Tag("benchmark")
@IntegrationTest
class HistoryImportBenchmark {

	static final int DONORS = 1_000;
	static final int CONTRIBUTIONS = Integer.getInteger("history.benchmark.contributions", 100_000);

	@Autowired HistoryImports imports;
	@Autowired FundLedger ledger;
	@Autowired LedgerReports reports;
	@Autowired JdbcTemplate jdbc;

	@Test
	void importsAHundredThousandContributions() throws Exception {
		String p = HistorySupport.prefix();
		StringBuilder donors = new StringBuilder("reference,name,kind,anonymous\n");
		for (int d = 0; d < DONORS; d++) {
			donors.append(p).append("-D").append(d).append(",Benchmark donor ").append(d).append(",foundation,no\n");
		}
		HistoryImportRecord donorsImport = imports.importFile("donors", "donors.csv",
				donors.toString().getBytes(StandardCharsets.UTF_8), "benchmark");
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
		byte[] content = file.toString().getBytes(StandardCharsets.UTF_8);
		file.setLength(0);
		BigDecimal paidBefore = ledger.balances().paidIn();
		System.gc();
		long baseline = usedHeap();

		long start = System.nanoTime();
		HistoryPreview preview = imports.check("contributions", "contributions.csv", content);
		double checkSeconds = (System.nanoTime() - start) / 1e9;
		assertThat(preview.problemCount()).as(preview.problems().toString()).isZero();

		HeapSampler sampler = new HeapSampler();
		sampler.start();
		start = System.nanoTime();
		HistoryImportRecord record = imports.importFile("contributions", "contributions.csv", content, "benchmark");
		double importSeconds = (System.nanoTime() - start) / 1e9;
		long peak = sampler.finish();
		assertThat(record.written()).isEqualTo(CONTRIBUTIONS);
		assertThat(ledger.balances().paidIn().subtract(paidBefore)).isEqualByComparingTo(total);

		start = System.nanoTime();
		HistoryImportRecord again = imports.importFile("contributions", "contributions.csv", content, "benchmark");
		double againSeconds = (System.nanoTime() - start) / 1e9;
		assertThat(again.alreadyImported()).isEqualTo(CONTRIBUTIONS);
		assertThat(reports.reconcile().matches()).isTrue();

		System.out.printf("""

				==== History import benchmark: %,d contributions of %,d donors, CSV of %.1f MB (H2 in memory) ====
				check pass (preview)           %8.1f s  (%,.0f rows/s)
				import (check + write, 1 tx)   %8.1f s  (%,.0f rows/s)
				same file again (all skipped)  %8.1f s
				heap in use before             %8d MB
				peak heap in use while import  %8d MB  (garbage included; max heap %d MB)
				peak heap live after a GC      %8d MB  (what the import keeps)
				%n""", CONTRIBUTIONS, DONORS, content.length / 1e6, checkSeconds, CONTRIBUTIONS / checkSeconds,
				importSeconds, CONTRIBUTIONS / importSeconds, againSeconds, baseline >> 20, peak >> 20,
				Runtime.getRuntime().maxMemory() >> 20, sampler.live.get() >> 20);
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
