package org.trustfund.history;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a file's first row against its kind's columns. A file of another kind is named as such; otherwise
 * each missing required column, unknown column and repeated column is a problem of the file (row 0).
 */
final class HistoryHeader {

	private HistoryHeader() {
	}

	/**
	 * @param header the first row's names, stripped and in lower case; blank names (empty trailing cells) are
	 *        ignored
	 * @return the problems, empty when the header is right
	 */
	static List<RowProblem> check(HistoryKind kind, List<HistoryKind> allKinds, String fileName,
			List<String> header) {
		List<RowProblem> problems = new ArrayList<>();
		Set<String> given = new HashSet<>();
		for (String name : header) {
			if (!name.isEmpty() && !given.add(name)) {
				problems.add(problem(fileName, name, "history.error.duplicateColumn", name));
			}
		}
		Set<String> known = names(kind);
		List<String> unknown = given.stream().filter(n -> !known.contains(n)).sorted().toList();
		List<String> missing = kind.columns().stream().filter(c -> c.required() && !given.contains(c.name()))
			.map(HistoryColumn::name).toList();
		if (unknown.isEmpty() && missing.isEmpty()) {
			return problems;
		}
		for (HistoryKind other : allKinds) {
			if (other != kind && names(other).containsAll(given) && other.columns().stream()
				.filter(HistoryColumn::required).allMatch(c -> given.contains(c.name()))) {
				problems.add(problem(fileName, null, "history.error.wrongKind", kind.name(), other.name()));
				return problems;
			}
		}
		if (unknown.size() == given.size()) {
			problems.add(problem(fileName, null, "history.error.notThisKind", kind.name()));
			return problems;
		}
		unknown.forEach(n -> problems.add(problem(fileName, n, "history.error.unknownColumn", n)));
		missing.forEach(n -> problems.add(problem(fileName, n, "history.error.missingColumn", n)));
		return problems;
	}

	private static Set<String> names(HistoryKind kind) {
		Set<String> names = new HashSet<>();
		kind.columns().forEach(c -> names.add(c.name()));
		return names;
	}

	private static RowProblem problem(String fileName, String column, String key, Object... arguments) {
		return new RowProblem(fileName, 0, column, key, List.of(arguments));
	}
}
