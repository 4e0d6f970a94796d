package org.trustfund.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.trustfund.history.HistoryKind.RowOutcome;

/**
 * Drives history kinds the way the import does, without its file reading: every row through {@code check}, then,
 * only when no row has a problem, every row through {@code write} and once {@code finish}, in one transaction.
 */
@Component
public class HistoryRuns {

	private static final AtomicLong IMPORT_IDS = new AtomicLong(System.currentTimeMillis());

	private final List<HistoryKind> kinds;
	private final TransactionTemplate tx;

	HistoryRuns(List<HistoryKind> kinds, TransactionTemplate tx) {
		this.kinds = kinds;
		this.tx = tx;
	}

	/** What one file's import did: its problems (then nothing was written) or each row's outcome. */
	public record Result(long importId, List<RowProblem> problems, List<RowOutcome> outcomes) {

		public boolean imported() {
			return problems.isEmpty();
		}
	}

	/** A row from alternating column names and values; blank values are left out as a file would leave them. */
	public static Map<String, String> row(String... columnsAndValues) {
		Map<String, String> row = new LinkedHashMap<>();
		for (int i = 0; i < columnsAndValues.length; i += 2) {
			row.put(columnsAndValues[i], columnsAndValues[i + 1]);
		}
		return row;
	}

	public HistoryKind kind(String name) {
		return kinds.stream().filter(k -> k.name().equals(name)).findFirst().orElseThrow();
	}

	/** Imports one file of {@code kind} (rows numbered from 2, as a spreadsheet with a header shows them). */
	public Result run(String kind, List<Map<String, String>> rows) {
		return run(kind, rows, () -> {
		});
	}

	/**
	 * Like {@link #run(String, List)}, with {@code betweenPasses} run after a clean check pass and before the write
	 * transaction (e.g. to change the world so that a write fails and the whole file rolls back).
	 */
	public Result run(String kind, List<Map<String, String>> rows, Runnable betweenPasses) {
		HistoryKind k = kind(kind);
		String fileName = kind + ".csv";
		HistoryFile file = new HistoryFile();
		List<RowProblem> problems = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			HistoryRow row = new HistoryRow(fileName, i + 2L, new HashMap<>(rows.get(i)));
			k.check(row, file);
			problems.addAll(row.problems());
		}
		long importId = IMPORT_IDS.incrementAndGet();
		if (!problems.isEmpty()) {
			return new Result(importId, problems, List.of());
		}
		betweenPasses.run();
		HistoryImportContext context = new HistoryImportContext(importId, "fundmanager", Instant.now());
		List<RowOutcome> outcomes = tx.execute(s -> {
			List<RowOutcome> done = new ArrayList<>();
			for (int i = 0; i < rows.size(); i++) {
				done.add(k.write(new HistoryRow(fileName, i + 2L, new HashMap<>(rows.get(i))), context));
			}
			k.finish(context);
			return done;
		});
		return new Result(importId, List.of(), outcomes);
	}
}
