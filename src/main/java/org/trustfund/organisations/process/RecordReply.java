package org.trustfund.organisations.process;

import static org.trustfund.processes.ProcessValues.recordId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.organisations.OnboardingProcess;
import org.trustfund.organisations.OrganisationService;
import org.trustfund.tasks.TaskCompletion;
import org.trustfund.tasks.TaskCompletions;

/** Records the NGO's answer and hands the case back to the fund manager. */
@Component("recordReply")
class RecordReply implements JavaDelegate {

	private final OrganisationService organisations;
	private final TaskCompletions completions;

	RecordReply(OrganisationService organisations, TaskCompletions completions) {
		this.organisations = organisations;
		this.completions = completions;
	}

	@Override
	public void execute(DelegateExecution execution) {
		TaskCompletion reply = completions.of(execution, OnboardingProcess.PROVIDE_INFORMATION_TASK);
		organisations.provideInformation(recordId(execution), reply.getActor(), reply.note());
	}
}
