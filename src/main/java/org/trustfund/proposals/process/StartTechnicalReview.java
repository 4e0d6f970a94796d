package org.trustfund.proposals.process;

import static org.trustfund.proposals.process.ReviewVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.proposals.ScreeningService;

/** The fund manager accepted the proposal for technical review. */
@Component("startTechnicalReview")
class StartTechnicalReview implements JavaDelegate {

	private final ScreeningService service;

	StartTechnicalReview(ScreeningService service) {
		this.service = service;
	}

	@Override
	public void execute(DelegateExecution execution) {
		service.accept(proposalId(execution), actor(execution));
	}
}
