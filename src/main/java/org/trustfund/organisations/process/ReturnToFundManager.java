package org.trustfund.organisations.process;

import static org.trustfund.processes.ProcessValues.recordId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.organisations.OrganisationService;

/** The reply deadline passed: records it; the process returns the case to the fund manager. */
@Component("returnToFundManager")
class ReturnToFundManager implements JavaDelegate {

	private final OrganisationService organisations;

	ReturnToFundManager(OrganisationService organisations) {
		this.organisations = organisations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		organisations.replyOverdue(recordId(execution));
	}
}
