package org.trustfund.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints the figures the benchmarks of one run recorded ({@link Benchmarks#record}) as one Markdown table, with
 * the machine's core count and load, and writes it to {@code target/benchmark-table.md}. Registered for every test
 * run through {@code META-INF/services}; a run that recorded nothing (every run but a benchmark run) prints nothing.
 */
public class BenchmarkTablePrinter implements TestExecutionListener {

	static final Path TABLE = Path.of("target", "benchmark-table.md");

	@Override
	public void testPlanExecutionStarted(TestPlan plan) {
		try {
			Files.deleteIfExists(Benchmarks.ROWS);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void testPlanExecutionFinished(TestPlan plan) {
		try {
			if (!Files.exists(Benchmarks.ROWS)) {
				return;
			}
			List<String> rows = Files.readAllLines(Benchmarks.ROWS, StandardCharsets.UTF_8);
			StringBuilder table = new StringBuilder();
			table.append(String.format("%nBenchmarks (%s size), %d cores, load average %s%n%n",
					Benchmarks.small() ? "small" : "full", Runtime.getRuntime().availableProcessors(), Benchmarks.loadAverage()));
			table.append("| figure | target | database | measured |\n|---|---|---|---|\n");
			for (String row : rows) {
				table.append("| ").append(row.replace("\t", " | ")).append(" |\n");
			}
			Files.writeString(TABLE, table, StandardCharsets.UTF_8);
			System.out.println(table);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
