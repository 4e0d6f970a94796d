package org.trustfund.organisations.process;

import static org.trustfund.organisations.process.OnboardingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.organisations.OrganisationService;

/** Rejects the organisation with the fund manager's reason. */
@Component("rejectOrganisation")
class RejectOrganisation implements JavaDelegate {

	private final OrganisationService organisations;

	RejectOrganisation(OrganisationService organisations) {
		this.organisations = organisations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		organisations.reject(organisationId(execution), actor(execution), note(execution));
	}
}
