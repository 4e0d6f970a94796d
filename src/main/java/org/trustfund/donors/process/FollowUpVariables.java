package org.trustfund.donors.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.trustfund.donors.PledgeFollowUpProcess;

/** Reads the pledge follow-up's few primitive variables. */
final class FollowUpVariables {

	private FollowUpVariables() {
	}

	static long pledgeId(DelegateExecution execution) {
		return ((Number) execution.getVariable(PledgeFollowUpProcess.PLEDGE_ID)).longValue();
	}

	static String text(DelegateExecution execution, String name) {
		Object value = execution.getVariable(name);
		return value == null ? "" : value.toString();
	}

	static String actor(DelegateExecution execution) {
		String actor = text(execution, PledgeFollowUpProcess.ACTOR);
		return actor.isEmpty() ? "system" : actor;
	}
}
