package org.trustfund.web;

import java.sql.SQLException;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;

/**
 * Recognises the symptoms of two requests changing one record at once: an optimistic lock of Hibernate
 * ({@code @Version}) or of Camunda, a lock timeout, or a duplicate key where the second of two identical
 * submissions met the first one's row. Both the API (409 problem details) and the pages (a message)
 * answer them as "changed by someone else, reload and retry".
 */
final class ConcurrentChanges {

	/** The text of the 409 answer. */
	static final String MESSAGE = "The record was changed by someone else at the same time; reload it and try again";

	/**
	 * SQL states of errors that Camunda's MyBatis layer does not translate: lock timeout (H2 HYT00),
	 * serialization failure (40001), deadlock (40P01), lock not available (55P03), unique violation (23505).
	 */
	private static final Set<String> CONFLICT_STATES = Set.of("HYT00", "40001", "40P01", "55P03", "23505");

	private ConcurrentChanges() {
	}

	/**
	 * @param e any exception
	 * @return {@code e} or the first of its causes that is a concurrent change, or {@code null} if none is
	 */
	static Throwable cause(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof OptimisticLockingFailureException || t instanceof PessimisticLockingFailureException
					|| t instanceof jakarta.persistence.OptimisticLockException
					|| t instanceof org.hibernate.StaleStateException
					|| t instanceof org.camunda.bpm.engine.OptimisticLockingException
					|| t instanceof org.camunda.bpm.engine.TaskAlreadyClaimedException
					|| t instanceof DataIntegrityViolationException
					|| t instanceof SQLException sql && CONFLICT_STATES.contains(sql.getSQLState())) {
				return t;
			}
		}
		return null;
	}
}
