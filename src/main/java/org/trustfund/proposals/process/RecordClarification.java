package org.trustfund.proposals.process;

import static org.trustfund.proposals.process.ReviewVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.proposals.ScreeningService;

/** Records the NGO's answer and hands the proposal back to the fund manager. */
@Component("recordClarification")
class RecordClarification implements JavaDelegate {

	private final ScreeningService service;

	RecordClarification(ScreeningService service) {
		this.service = service;
	}

	@Override
	public void execute(DelegateExecution execution) {
		service.recordAnswer(proposalId(execution), actor(execution), note(execution));
	}
}
