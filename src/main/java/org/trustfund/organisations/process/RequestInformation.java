package org.trustfund.organisations.process;

import static org.trustfund.processes.ProcessValues.recordId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.organisations.OnboardingProcess;
import org.trustfund.organisations.OnboardingSettings;
import org.trustfund.organisations.OrganisationService;
import org.trustfund.tasks.TaskCompletion;
import org.trustfund.tasks.TaskCompletions;

/** Stores the fund manager's question and its reply deadline, and tells the NGO. */
@Component("requestInformation")
class RequestInformation implements JavaDelegate {

	private final OrganisationService organisations;
	private final OnboardingSettings settings;
	private final TaskCompletions completions;

	RequestInformation(OrganisationService organisations, OnboardingSettings settings, TaskCompletions completions) {
		this.organisations = organisations;
		this.settings = settings;
		this.completions = completions;
	}

	@Override
	public void execute(DelegateExecution execution) {
		TaskCompletion verified = completions.of(execution, OnboardingProcess.VERIFY_TASK)
			.expect(OnboardingProcess.DECISION, OnboardingProcess.REQUEST_INFORMATION);
		organisations.requestInformation(recordId(execution), verified.getActor(), verified.note(),
				settings.replyDue());
	}
}
