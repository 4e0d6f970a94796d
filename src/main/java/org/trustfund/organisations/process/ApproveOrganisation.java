package org.trustfund.organisations.process;

import static org.trustfund.processes.ProcessValues.recordId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.organisations.OnboardingProcess;
import org.trustfund.organisations.OrganisationService;
import org.trustfund.tasks.TaskCompletion;
import org.trustfund.tasks.TaskCompletions;

/** Marks the organisation verified and tells its members. */
@Component("approveOrganisation")
class ApproveOrganisation implements JavaDelegate {

	private final OrganisationService organisations;
	private final TaskCompletions completions;

	ApproveOrganisation(OrganisationService organisations, TaskCompletions completions) {
		this.organisations = organisations;
		this.completions = completions;
	}

	@Override
	public void execute(DelegateExecution execution) {
		TaskCompletion verified = completions.of(execution, OnboardingProcess.VERIFY_TASK)
			.expect(OnboardingProcess.DECISION, OnboardingProcess.APPROVE);
		organisations.approve(recordId(execution), verified.getActor());
	}
}
