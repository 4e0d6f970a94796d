package org.trustfund.proposals.process;

import static org.trustfund.proposals.process.ReviewVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.proposals.ReviewSettings;
import org.trustfund.proposals.ScreeningService;

/** Stores the fund manager's question and its reply deadline, and tells the NGO. */
@Component("requestClarification")
class RequestClarification implements JavaDelegate {

	private final ScreeningService service;
	private final ReviewSettings settings;

	RequestClarification(ScreeningService service, ReviewSettings settings) {
		this.service = service;
		this.settings = settings;
	}

	@Override
	public void execute(DelegateExecution execution) {
		service.requestClarification(proposalId(execution), actor(execution), note(execution), settings.replyDue());
	}
}
