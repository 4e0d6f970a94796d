package org.trustfund.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * What every benchmark shares: its size and the one table the benchmark run prints.
 *
 * <p>{@code mvn -Pbenchmark test -Dbenchmark.size=small} runs every benchmark at a small size in a few minutes;
 * without that property each benchmark runs at its full size (the sizes the README reports). A benchmark's own
 * size property ({@code -Dbenchmark.proposals=…}) always wins. Each benchmark records its headline figures with
 * {@link #record}; {@link BenchmarkTablePrinter} prints them as one table when the run ends and leaves it in
 * {@code target/benchmark-table.md}.
 */
public final class Benchmarks {

	/** Where the rows of this run are collected, one tab-separated row per figure. */
	static final Path ROWS = Path.of("target", "benchmark-rows.tsv");

	private Benchmarks() {
	}

	/** @return true when {@code -Dbenchmark.size=small} asks for the quick run of every benchmark */
	public static boolean small() {
		return "small".equalsIgnoreCase(System.getProperty("benchmark.size", "full"));
	}

	/**
	 * A benchmark's size.
	 *
	 * @param property the system property that sets it ({@code -Dproperty=n} wins over both defaults)
	 * @param full the size of the full run, as reported in the README
	 * @param small the size of the quick run ({@code -Dbenchmark.size=small})
	 * @return the size to use
	 */
	public static int size(String property, int full, int small) {
		return Integer.getInteger(property, small() ? small : full);
	}

	/**
	 * Records one figure of the table printed at the end of the run.
	 *
	 * @param figure what is measured, in words, with its size (e.g. "task list p95, fund manager, 100,000 tasks")
	 * @param target the goal it is judged against (e.g. "≤ 20 ms"), or "—" where the project set none
	 * @param database "H2", "PostgreSQL" or "—" where the database does not matter
	 * @param measured the measured value with its unit (e.g. "12.4 ms")
	 */
	public static synchronized void record(String figure, String target, String database, String measured) {
		String row = String.join("\t", Arrays.asList(clean(figure), clean(target), clean(database), clean(measured)))
				+ "\n";
		try {
			Files.createDirectories(ROWS.getParent());
			Files.writeString(ROWS, row, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Milliseconds with one decimal, as the table shows them. */
	public static String ms(double millis) {
		return String.format("%.1f ms", millis);
	}

	/** The machine's load average (1, 5, 15 minutes) as Linux reports it, or "?" elsewhere. */
	public static String loadAverage() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return parts[0] + " " + parts[1] + " " + parts[2];
		}
		catch (IOException | RuntimeException e) {
			return "?";
		}
	}

	private static String clean(String text) {
		return text.replace('\t', ' ').replace('\n', ' ');
	}
}
