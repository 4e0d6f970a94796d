package org.trustfund.organisations.process;

import static org.trustfund.organisations.process.OnboardingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.organisations.OrganisationService;

/** Records the NGO's answer and hands the case back to the fund manager. */
@Component("recordReply")
class RecordReply implements JavaDelegate {

	private final OrganisationService organisations;

	RecordReply(OrganisationService organisations) {
		this.organisations = organisations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		organisations.provideInformation(organisationId(execution), actor(execution), note(execution));
	}
}
