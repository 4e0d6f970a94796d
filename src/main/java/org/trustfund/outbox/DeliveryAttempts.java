package org.trustfund.outbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The table {@code outbox_delivery} beside Spring Modulith's {@code event_publication}: failed attempts, the
 * last error and the next due time of each owed publication that failed or was taken over by the retry job.
 */
@Repository
class DeliveryAttempts {

	/** One owed publication with its attempts (0 and no error when it has not failed yet). */
	record Owed(UUID id, String listenerId, String eventType, Instant publishedAt, int attempts, String lastError,
			Instant lastFailedAt, Instant nextAttemptAt) {
	}

	private static final String OWED = """
			select p.id, p.listener_id, p.event_type, p.publication_date, coalesce(d.attempts, 0) attempts,
			  d.last_error, d.last_failed_at, d.next_attempt_at
			from event_publication p left join outbox_delivery d on d.publication_id = p.id
			where p.completion_date is null""";

	private static final RowMapper<Owed> ROW = (rs, i) -> new Owed(rs.getObject("id", UUID.class),
			rs.getString("listener_id"), rs.getString("event_type"), instant(rs.getTimestamp("publication_date")),
			rs.getInt("attempts"), rs.getString("last_error"), instant(rs.getTimestamp("last_failed_at")),
			instant(rs.getTimestamp("next_attempt_at")));

	private final JdbcTemplate jdbc;

	DeliveryAttempts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Every publication not yet completed, oldest first. */
	List<Owed> owed() {
		return jdbc.query(OWED + " order by p.publication_date, p.id", ROW);
	}

	Optional<Owed> owed(UUID id) {
		return jdbc.query(OWED + " and p.id = ?", ROW, id).stream().findFirst();
	}

	Map<UUID, Owed> owedById() {
		return owed().stream().collect(Collectors.toMap(Owed::id, Function.identity()));
	}

	/** The owed publication of this listener for this (serialized) event, if the registry holds one. */
	Optional<UUID> publicationOf(String listenerId, String serializedEvent) {
		return jdbc.queryForList("""
				select id from event_publication where listener_id = ? and serialized_event = ?
				and completion_date is null order by publication_date""", UUID.class, listenerId, serializedEvent)
			.stream().findFirst();
	}

	/** One more failed attempt, with its error, due again at {@code next}. */
	void failed(UUID id, String error, Instant now, Instant next) {
		String message = error == null ? "" : error.length() > 2000 ? error.substring(0, 2000) : error;
		int updated = jdbc.update("""
				update outbox_delivery set attempts = attempts + 1, last_error = ?, last_failed_at = ?,
				next_attempt_at = ? where publication_id = ?""", message, ts(now), ts(next), id);
		if (updated == 0) {
			jdbc.update("""
					insert into outbox_delivery (publication_id, attempts, last_error, last_failed_at, next_attempt_at)
					values (?, 1, ?, ?, ?)""", id, message, ts(now), ts(next));
		}
	}

	/** Publications whose last failed attempt this node made (node-local memory, empty after a restart). */
	private final java.util.Set<UUID> failedHere = java.util.concurrent.ConcurrentHashMap.newKeySet();

	/** This node's attempt at {@code id} failed. */
	void failedHere(UUID id) {
		failedHere.add(id);
	}

	/** @return true if this node made the last failed attempt at {@code id} */
	boolean lastFailedHere(UUID id) {
		return failedHere.contains(id);
	}

	/** Forgets the publications that are no longer owed. */
	void keepFailedHere(java.util.Collection<UUID> stillOwed) {
		failedHere.retainAll(stillOwed);
	}

	/**
	 * The retry job took the publication over: no other run resubmits it before {@code until}. Runs outside a
	 * transaction (each statement commits).
	 * @return false if another node's retry job inserted the lease at the same moment (it delivers it)
	 */
	boolean lease(UUID id, Instant until) {
		if (jdbc.update("update outbox_delivery set next_attempt_at = ? where publication_id = ?", ts(until),
				id) > 0) {
			return true;
		}
		try {
			jdbc.update("insert into outbox_delivery (publication_id, attempts, next_attempt_at) values (?, 0, ?)", id,
					ts(until));
			return true;
		}
		catch (DuplicateKeyException otherNode) {
			return false;
		}
	}

	/** An administrator retries: the count starts again. */
	void reset(UUID id) {
		jdbc.update("delete from outbox_delivery where publication_id = ?", id);
	}

	/** Rows whose publication completed or was deleted. */
	int forgetDelivered() {
		return jdbc.update("""
				delete from outbox_delivery where publication_id not in
				(select id from event_publication where completion_date is null)""");
	}

	private static Timestamp ts(Instant instant) {
		return Timestamp.from(instant);
	}

	private static Instant instant(Timestamp ts) {
		return ts == null ? null : ts.toInstant();
	}
}
