package org.trustfund.history;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.trustfund.shared.ConflictException;
import org.trustfund.shared.NotFoundException;
import org.trustfund.shared.ValidationException;

/**
 * The import engine. A file is read twice, streaming (see {@link HistoryReader}): a check pass gives every
 * row to its kind's {@link HistoryKind#check}; only when no row has a problem, a write pass gives every row
 * to {@link HistoryKind#write}, then {@link HistoryKind#finish} runs, all in one transaction with the check
 * that allowed it. A file therefore imports all or nothing, and each completed import is recorded (table
 * {@code history_import}), also when every row had been imported before.
 * <p>
 * The persistence context is flushed and cleared every {@value #CLEAR_EVERY} rows so that a long file does
 * not keep its rows' entities in memory: a kind keeps no entity from one row to the next. While the rows of
 * a file are checked and written, queries do not flush the persistence context first (flush mode
 * {@code COMMIT}): the import flushes every {@value #CLEAR_EVERY} rows and before {@link HistoryKind#finish},
 * which runs with automatic flush again. A row's check or write therefore sees what earlier rows changed
 * through the managed entities its repositories return; new rows are inserted at once (their ids are generated
 * by the database), so look-ups by reference find them.
 */
@NamedInterface("api")
@Service
public class HistoryImports {

	/** At most this many problems are listed; all are counted. */
	public static final int MAX_LISTED = 1000;
	/** The largest file read, in bytes (50 MB); the upload limit of the application may be lower. */
	public static final long MAX_BYTES = 50L * 1024 * 1024;
	static final int CLEAR_EVERY = 200;

	private final HistoryKinds kinds;
	private final HistoryUploads uploads;
	private final JdbcTemplate jdbc;
	private final TransactionTemplate writing;
	private final TransactionTemplate reading;
	private final EntityManager entityManager;
	private final Clock clock;

	HistoryImports(HistoryKinds kinds, HistoryUploads uploads, JdbcTemplate jdbc, PlatformTransactionManager tx,
			EntityManager entityManager, Clock clock) {
		this.kinds = kinds;
		this.uploads = uploads;
		this.jdbc = jdbc;
		this.writing = new TransactionTemplate(tx);
		this.reading = new TransactionTemplate(tx);
		this.reading.setReadOnly(true);
		this.entityManager = entityManager;
		this.clock = clock;
	}

	/**
	 * The check pass alone: writes nothing, stores nothing.
	 * @throws NotFoundException for an unknown kind
	 */
	public HistoryPreview check(String kindName, String fileName, byte[] content) {
		HistoryKind kind = kinds.get(kindName);
		return reading.execute(status -> checkPass(kind, safeName(fileName), content));
	}

	/**
	 * The check pass; a file without problems is stored for {@link #importUpload} (for a day).
	 * @return the problems, and the stored file's id when there are none
	 * @throws NotFoundException for an unknown kind
	 */
	public HistoryPreview preview(String kindName, String fileName, byte[] content, String user) {
		HistoryPreview preview = check(kindName, fileName, content);
		if (!preview.importable()) {
			return preview;
		}
		return preview.stored(uploads.save(preview.kind(), preview.fileName(), preview.sha256(), preview.rows(),
				content, user));
	}

	/**
	 * Imports a previewed file: checks it again (the fund's data may have changed since), writes it, deletes
	 * the stored file.
	 * @param user username of who confirms; the ledger records the logged-in user as actor
	 * @throws NotFoundException when no file is stored under {@code uploadId} (imported, or older than a day)
	 * @throws HistoryFileRefused when the file now has problems; nothing is written
	 */
	public HistoryImportRecord importUpload(String uploadId, String user) {
		HistoryUploads.Stored stored = uploads.find(uploadId)
			.orElseThrow(() -> NotFoundException.keyed("notFound.historyUpload", "No uploaded file " + uploadId
				+ " waits for its import", String.valueOf(uploadId)));
		return importChecked(kinds.get(stored.kind()), stored.fileName(), stored.content(), user, uploadId);
	}

	/**
	 * Checks and imports a file in one go.
	 * @throws NotFoundException for an unknown kind
	 * @throws HistoryFileRefused when the file has problems; nothing is written
	 */
	public HistoryImportRecord importFile(String kindName, String fileName, byte[] content, String user) {
		return importChecked(kinds.get(kindName), safeName(fileName), content, user, null);
	}

	/** @return the latest 500 imports, newest first */
	public List<HistoryImportRecord> imports() {
		return jdbc.query("select * from history_import order by id desc fetch first 500 rows only",
				(rs, n) -> record(rs));
	}

	/** @throws NotFoundException when there is no import {@code id} */
	public HistoryImportRecord importRecord(long id) {
		return jdbc.query("select * from history_import where id = ?", (rs, n) -> record(rs), id).stream()
			.findFirst().orElseThrow(() -> NotFoundException.keyed("notFound.historyImport", "No import " + id, String.valueOf(id)));
	}

	private HistoryImportRecord importChecked(HistoryKind kind, String fileName, byte[] content, String user,
			String uploadId) {
		try {
			return writing.execute(status -> {
				FlushModeType before = entityManager.getFlushMode();
				// The rows flush themselves (every CLEAR_EVERY rows and before finish): an automatic flush before
				// every query would dirty-check the whole persistence context once per query.
				entityManager.setFlushMode(FlushModeType.COMMIT);
				try {
					HistoryPreview preview = checkPass(kind, fileName, content);
					if (!preview.importable()) {
						throw new HistoryFileRefused(preview);
					}
					return writePass(kind, preview, content, user, uploadId);
				}
				finally {
					entityManager.setFlushMode(before);
				}
			});
		}
		catch (RowFailed failed) {
			throw new HistoryFileRefused(new HistoryPreview(kind.name(), fileName, sha256(content), 0,
					List.of(failed.problem), 1, null));
		}
	}

	private HistoryPreview checkPass(HistoryKind kind, String fileName, byte[] content) {
		String sha = sha256(content);
		if (content.length > MAX_BYTES) {
			RowProblem tooLarge = new RowProblem(fileName, 0, null, "history.error.tooLarge",
					List.of(MAX_BYTES / (1024 * 1024)));
			return new HistoryPreview(kind.name(), fileName, sha, 0, List.of(tooLarge), 1, null);
		}
		HistoryFile file = new HistoryFile();
		List<RowProblem> problems = new ArrayList<>();
		long[] count = { 0 };
		HistoryReader.Result read = HistoryReader.read(kind, kinds.all(), fileName, content, row -> {
			kind.check(row, file);
			for (RowProblem p : row.problems()) {
				if (problems.size() < MAX_LISTED) {
					problems.add(p);
				}
				count[0]++;
			}
			clearNow(row.number());
		});
		List<RowProblem> all = new ArrayList<>(read.problems());
		all.addAll(problems);
		return new HistoryPreview(kind.name(), fileName, sha, read.rows(),
				List.copyOf(all.subList(0, Math.min(all.size(), MAX_LISTED))), count[0] + read.problems().size(),
				null);
	}

	private HistoryImportRecord writePass(HistoryKind kind, HistoryPreview preview, byte[] content, String user,
			String uploadId) {
		Instant now = clock.instant();
		long id = insertRecord(kind.name(), preview, user, now);
		HistoryImportContext context = new HistoryImportContext(id, user, now);
		long[] counts = { 0, 0 };
		HistoryReader.read(kind, kinds.all(), preview.fileName(), content, row -> {
			HistoryKind.RowOutcome outcome = write(kind, row, context);
			counts[outcome == HistoryKind.RowOutcome.WRITTEN ? 0 : 1]++;
			clearNow(row.number());
		});
		entityManager.flush();
		entityManager.clear();
		// finish runs once (e.g. starting processes whose steps query what they just changed): with automatic flush.
		entityManager.setFlushMode(FlushModeType.AUTO);
		kind.finish(context);
		entityManager.flush();
		jdbc.update("update history_import set written = ?, already_imported = ? where id = ?", counts[0], counts[1],
				id);
		if (uploadId != null && !uploads.delete(uploadId)) {
			throw ConflictException.keyed("conflict.history.importedMeanwhile", "This file was imported meanwhile by another request");
		}
		return importRecord(id);
	}

	private static HistoryKind.RowOutcome write(HistoryKind kind, HistoryRow row, HistoryImportContext context) {
		HistoryKind.RowOutcome outcome;
		try {
			outcome = kind.write(row, context);
		}
		// the refusal as the rules say it, in the language of the request that imports (its preview shows it)
		catch (ValidationException e) {
			throw new RowFailed(row, e.inReadersLanguage());
		}
		catch (ConflictException e) {
			throw new RowFailed(row, e.inReadersLanguage());
		}
		catch (NotFoundException e) {
			throw new RowFailed(row, e.inReadersLanguage());
		}
		catch (IllegalArgumentException e) {
			throw new RowFailed(row, e.getMessage());
		}
		if (row.hasProblems()) {
			throw new RowFailed(row.problems().get(0));
		}
		return outcome;
	}

	private void clearNow(long rowNumber) {
		if (rowNumber % CLEAR_EVERY == 0) {
			entityManager.flush();
			entityManager.clear();
		}
	}

	private long insertRecord(String kind, HistoryPreview preview, String user, Instant now) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.update(connection -> {
			PreparedStatement s = connection.prepareStatement("insert into history_import (kind, file_name, sha256, "
					+ "row_count, written, already_imported, imported_by, imported_at) values (?, ?, ?, ?, 0, 0, ?, ?)",
					Statement.RETURN_GENERATED_KEYS);
			s.setString(1, kind);
			s.setString(2, preview.fileName());
			s.setString(3, preview.sha256());
			s.setLong(4, preview.rows());
			s.setString(5, user);
			s.setTimestamp(6, Timestamp.from(now));
			return s;
		}, key);
		Map<String, Object> keys = key.getKeys();
		Object id = keys.size() == 1 ? keys.values().iterator().next() : keys.get("id") != null ? keys.get("id")
				: keys.get("ID");
		return ((Number) id).longValue();
	}

	private static HistoryImportRecord record(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new HistoryImportRecord(rs.getLong("id"), rs.getString("kind"), rs.getString("file_name"),
				rs.getString("sha256"), rs.getLong("row_count"), rs.getLong("written"), rs.getLong("already_imported"),
				rs.getString("imported_by"), rs.getTimestamp("imported_at").toInstant());
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The name without any folder, at most 255 characters. */
	static String safeName(String fileName) {
		String name = fileName == null || fileName.isBlank() ? "file" : fileName.strip();
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		return name.length() > 255 ? name.substring(name.length() - 255) : name;
	}

	/** A row that passed the check could not be written: the whole import is rolled back. */
	private static final class RowFailed extends RuntimeException {
		private final transient RowProblem problem;

		RowFailed(HistoryRow row, String message) {
			this(new RowProblem(row.fileName(), row.number(), null, "history.error.write", List.of(message)));
		}

		RowFailed(RowProblem problem) {
			super(problem.messageKey(), null, false, false);
			this.problem = problem;
		}
	}
}
