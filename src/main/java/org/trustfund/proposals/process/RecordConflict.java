package org.trustfund.proposals.process;

import static org.trustfund.proposals.process.ReviewVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.proposals.ReviewProcess;
import org.trustfund.proposals.ReviewService;

/** Records the reviewer's declared conflict of interest; the process then finds a replacement. */
@Component("recordConflict")
class RecordConflict implements JavaDelegate {

	private final ReviewService service;

	RecordConflict(ReviewService service) {
		this.service = service;
	}

	@Override
	public void execute(DelegateExecution execution) {
		service.declareConflict(proposalId(execution), reviewer(execution), text(execution, ReviewProcess.COMMENTS, ""));
	}
}
