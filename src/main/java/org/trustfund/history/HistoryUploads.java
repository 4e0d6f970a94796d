package org.trustfund.history;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Previewed files waiting for their confirmation, kept in the database (table {@code history_upload}) so
 * that the confirmation may reach another node of a cluster or come after a restart. A file is deleted
 * when imported, or after {@link #KEPT}.
 */
@Component
class HistoryUploads {

	static final Duration KEPT = Duration.ofDays(1);

	/** A stored file. */
	record Stored(String id, String kind, String fileName, String sha256, long rows, byte[] content,
			String uploadedBy, Instant uploadedAt) {
	}

	private final JdbcTemplate jdbc;
	private final Clock clock;

	HistoryUploads(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Stores a file that passed the check and deletes the files older than a day; @return its new id */
	@Transactional
	String save(String kind, String fileName, String sha256, long rows, byte[] content, String user) {
		purge();
		String id = UUID.randomUUID().toString();
		jdbc.update("insert into history_upload (id, kind, file_name, sha256, row_count, content, uploaded_by, "
				+ "uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?)", id, kind, fileName, sha256, rows, content, user,
				Timestamp.from(clock.instant()));
		return id;
	}

	/** @return the file stored under {@code id} less than a day ago */
	@Transactional(readOnly = true)
	Optional<Stored> find(String id) {
		List<Stored> found = jdbc.query("select * from history_upload where id = ? and uploaded_at >= ?",
				(rs, n) -> new Stored(rs.getString("id"), rs.getString("kind"), rs.getString("file_name"),
						rs.getString("sha256"), rs.getLong("row_count"), rs.getBytes("content"),
						rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant()),
				id, Timestamp.from(clock.instant().minus(KEPT)));
		return found.stream().findFirst();
	}

	/** @return whether a file was deleted (false when another request imported it first) */
	boolean delete(String id) {
		return jdbc.update("delete from history_upload where id = ?", id) > 0;
	}

	/** Every hour, on every node (deleting twice is harmless): files older than a day are deleted. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	@Transactional
	public void purge() {
		jdbc.update("delete from history_upload where uploaded_at < ?", Timestamp.from(clock.instant().minus(KEPT)));
	}
}
