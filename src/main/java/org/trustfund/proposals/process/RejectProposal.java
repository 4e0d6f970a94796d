package org.trustfund.proposals.process;

import static org.trustfund.proposals.process.ReviewVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.proposals.ScreeningService;

/** Rejects the proposal at screening and tells the NGO the fund manager's reason. */
@Component("rejectProposal")
class RejectProposal implements JavaDelegate {

	private final ScreeningService service;

	RejectProposal(ScreeningService service) {
		this.service = service;
	}

	@Override
	public void execute(DelegateExecution execution) {
		service.reject(proposalId(execution), actor(execution), note(execution));
	}
}
