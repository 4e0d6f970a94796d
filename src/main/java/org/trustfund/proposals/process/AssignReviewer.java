package org.trustfund.proposals.process;

import static org.trustfund.processes.ProcessValues.recordId;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.proposals.ReviewProcess;
import org.trustfund.proposals.ReviewService;

/**
 * Picks this review's reviewer (the local {@code reviewer} variable); when nobody is left, raises the
 * BPMN error that sends the fund manager to find one.
 */
@Component("assignReviewer")
class AssignReviewer implements JavaDelegate {

	private final ReviewService service;

	AssignReviewer(ReviewService service) {
		this.service = service;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String reviewer = service.assignReviewer(recordId(execution))
			.orElseThrow(() -> new BpmnError(ReviewProcess.NO_REVIEWER_ERROR, "Every reviewer is taken or conflicted"));
		execution.setVariable(ReviewProcess.REVIEWER, reviewer);
		execution.setVariable(ReviewProcess.CONFLICTED, false);
	}
}
