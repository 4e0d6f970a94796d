package org.trustfund.proposals.process;

import static org.trustfund.processes.ProcessValues.recordId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.proposals.ReviewProcess;
import org.trustfund.proposals.ScreeningService;

/** Runs the eligibility decision table and sets the {@code eligible} flag. */
@Component("checkEligibility")
class CheckEligibility implements JavaDelegate {

	private final ScreeningService service;

	CheckEligibility(ScreeningService service) {
		this.service = service;
	}

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariable(ReviewProcess.ELIGIBLE, service.checkEligibility(recordId(execution)));
	}
}
