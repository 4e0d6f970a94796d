package org.trustfund.proposals.process;

import static org.trustfund.processes.ProcessValues.recordId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.proposals.ScreeningService;

/** Sends the NGO the reasons why its proposal is not eligible. */
@Component("tellIneligible")
class TellIneligible implements JavaDelegate {

	private final ScreeningService service;

	TellIneligible(ScreeningService service) {
		this.service = service;
	}

	@Override
	public void execute(DelegateExecution execution) {
		service.tellIneligible(recordId(execution));
	}
}
