package org.trustfund.grants.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.trustfund.grants.GrantAmendmentProcess;
import org.trustfund.grants.GrantLifecycleProcess;

/** Reads the grant processes' few variables. */
final class Variables {

	private Variables() {
	}

	static long grantId(DelegateExecution execution) {
		return Long.parseLong(execution.getProcessBusinessKey());
	}

	static long amendmentId(DelegateExecution execution) {
		return ((Number) execution.getVariable(GrantAmendmentProcess.AMENDMENT_ID)).longValue();
	}

	static String note(DelegateExecution execution, String fallback) {
		Object note = execution.getVariable(GrantLifecycleProcess.NOTE);
		return note == null || note.toString().isBlank() ? fallback : note.toString();
	}

	static String actor(DelegateExecution execution) {
		Object actor = execution.getVariable(GrantLifecycleProcess.ACTOR);
		return actor == null ? "system" : actor.toString();
	}
}
