package org.trustfund.organisations.process;

import static org.trustfund.processes.ProcessValues.recordId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.organisations.OrganisationService;

/** Reminds the NGO that the secretariat waits for its reply. */
@Component("remindNgo")
class RemindNgo implements JavaDelegate {

	private final OrganisationService organisations;

	RemindNgo(OrganisationService organisations) {
		this.organisations = organisations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		organisations.remindToReply(recordId(execution));
	}
}
