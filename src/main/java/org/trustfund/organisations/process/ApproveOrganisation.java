package org.trustfund.organisations.process;

import static org.trustfund.organisations.process.OnboardingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.organisations.OrganisationService;

/** Marks the organisation verified and tells its members. */
@Component("approveOrganisation")
class ApproveOrganisation implements JavaDelegate {

	private final OrganisationService organisations;

	ApproveOrganisation(OrganisationService organisations) {
		this.organisations = organisations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		organisations.approve(organisationId(execution), actor(execution));
	}
}
