package org.trustfund.proposals.process;

import static org.trustfund.proposals.process.ReviewVariables.*;

import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.proposals.ReviewProcess;
import org.trustfund.proposals.ReviewService;

/** Records the final score the fund manager settled on, and why. */
@Component("recordModeration")
class RecordModeration implements JavaDelegate {

	private final ReviewService service;

	RecordModeration(ReviewService service) {
		this.service = service;
	}

	@Override
	public void execute(DelegateExecution execution) {
		service.moderate(proposalId(execution), actor(execution),
				new BigDecimal(text(execution, ReviewProcess.FINAL_SCORE, null)), note(execution));
	}
}
