package org.trustfund.proposals.process;

import static org.trustfund.processes.ProcessValues.recordId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.proposals.ScreeningService;

/** Reminds the NGO that the secretariat waits for its answer. */
@Component("remindClarification")
class RemindClarification implements JavaDelegate {

	private final ScreeningService service;

	RemindClarification(ScreeningService service) {
		this.service = service;
	}

	@Override
	public void execute(DelegateExecution execution) {
		service.remind(recordId(execution));
	}
}
