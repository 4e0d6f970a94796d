package org.trustfund.organisations.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.trustfund.organisations.OnboardingProcess;

/** Reads the onboarding process's few primitive variables. */
final class OnboardingVariables {

	private OnboardingVariables() {
	}

	static long organisationId(DelegateExecution execution) {
		return ((Number) execution.getVariable(OnboardingProcess.ORGANISATION_ID)).longValue();
	}

	static String actor(DelegateExecution execution) {
		Object actor = execution.getVariable(OnboardingProcess.ACTOR);
		return actor == null ? "system" : actor.toString();
	}

	static String note(DelegateExecution execution) {
		Object note = execution.getVariable(OnboardingProcess.NOTE);
		return note == null ? "" : note.toString();
	}
}
