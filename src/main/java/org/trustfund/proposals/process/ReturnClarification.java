package org.trustfund.proposals.process;

import static org.trustfund.processes.ProcessValues.recordId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.proposals.ScreeningService;

/** The reply deadline passed: the proposal goes back to the fund manager's screening. */
@Component("returnClarification")
class ReturnClarification implements JavaDelegate {

	private final ScreeningService service;

	ReturnClarification(ScreeningService service) {
		this.service = service;
	}

	@Override
	public void execute(DelegateExecution execution) {
		service.clarificationOverdue(recordId(execution));
	}
}
