package org.trustfund.organisations.process;

import static org.trustfund.organisations.process.OnboardingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.organisations.OrganisationService;
import org.trustfund.organisations.OnboardingSettings;

/** Stores the fund manager's question and its reply deadline, and tells the NGO. */
@Component("requestInformation")
class RequestInformation implements JavaDelegate {

	private final OrganisationService organisations;
	private final OnboardingSettings settings;

	RequestInformation(OrganisationService organisations, OnboardingSettings settings) {
		this.organisations = organisations;
		this.settings = settings;
	}

	@Override
	public void execute(DelegateExecution execution) {
		organisations.requestInformation(organisationId(execution), actor(execution), note(execution),
				settings.replyDue());
	}
}
