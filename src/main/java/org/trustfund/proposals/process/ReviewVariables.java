package org.trustfund.proposals.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.trustfund.proposals.ReviewProcess;

/** Reads the proposal-review process's variables for its delegates. */
final class ReviewVariables {

	private ReviewVariables() {
	}

	static long proposalId(DelegateExecution execution) {
		return ((Number) execution.getVariable(ReviewProcess.PROPOSAL_ID)).longValue();
	}

	static String actor(DelegateExecution execution) {
		return text(execution, ReviewProcess.ACTOR, "system");
	}

	static String note(DelegateExecution execution) {
		return text(execution, ReviewProcess.NOTE, "");
	}

	static String reviewer(DelegateExecution execution) {
		return text(execution, ReviewProcess.REVIEWER, null);
	}

	static String text(DelegateExecution execution, String name, String otherwise) {
		Object value = execution.getVariable(name);
		return value == null ? otherwise : value.toString();
	}
}
