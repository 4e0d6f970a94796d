package org.trustfund.proposals.process;

import static org.trustfund.processes.ProcessValues.recordId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.calls.CallProcess;
import org.trustfund.proposals.RecommendationService;

/** Sets {@code allReviewed} when every submitted proposal of the call has finished its review. */
@Component("checkReviews")
class CheckReviews implements JavaDelegate {

	private final RecommendationService service;

	CheckReviews(RecommendationService service) {
		this.service = service;
	}

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariable(CallProcess.ALL_REVIEWED, service.allReviewed(recordId(execution)));
	}
}
