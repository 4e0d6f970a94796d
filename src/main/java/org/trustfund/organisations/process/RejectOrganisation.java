package org.trustfund.organisations.process;

import static org.trustfund.processes.ProcessValues.recordId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.organisations.OnboardingProcess;
import org.trustfund.organisations.OrganisationService;
import org.trustfund.tasks.TaskCompletion;
import org.trustfund.tasks.TaskCompletions;

/** Rejects the organisation with the fund manager's reason. */
@Component("rejectOrganisation")
class RejectOrganisation implements JavaDelegate {

	private final OrganisationService organisations;
	private final TaskCompletions completions;

	RejectOrganisation(OrganisationService organisations, TaskCompletions completions) {
		this.organisations = organisations;
		this.completions = completions;
	}

	@Override
	public void execute(DelegateExecution execution) {
		TaskCompletion verified = completions.of(execution, OnboardingProcess.VERIFY_TASK)
			.expect(OnboardingProcess.DECISION, OnboardingProcess.REJECT);
		organisations.reject(recordId(execution), verified.getActor(), verified.note());
	}
}
