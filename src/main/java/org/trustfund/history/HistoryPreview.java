package org.trustfund.history;

import java.util.List;

/**
 * What the check pass found in a file.
 * @param kind the kind's name
 * @param fileName the uploaded file's name
 * @param sha256 the file's SHA-256, in hexadecimal
 * @param rows the file's data rows (0 when the file itself could not be read)
 * @param problems the problems, in file order, at most {@link HistoryImports#MAX_LISTED}
 * @param problemCount every problem found, also those not listed
 * @param uploadId the stored file's id to confirm the import with, or {@code null} when the file has problems
 *        or was not stored
 */
public record HistoryPreview(String kind, String fileName, String sha256, long rows, List<RowProblem> problems,
		long problemCount, String uploadId) {

	public boolean importable() {
		return problemCount == 0;
	}

	HistoryPreview stored(String id) {
		return new HistoryPreview(kind, fileName, sha256, rows, problems, problemCount, id);
	}
}
