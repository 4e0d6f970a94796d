package org.trustfund.proposals.process;

import static org.trustfund.processes.ProcessValues.recordId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.proposals.ReviewProcess;
import org.trustfund.proposals.ReviewService;

/** Compares the reviewers' totals and sets {@code needsModeration} when they differ beyond the margin. */
@Component("settleScores")
class SettleScores implements JavaDelegate {

	private final ReviewService service;

	SettleScores(ReviewService service) {
		this.service = service;
	}

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariable(ReviewProcess.NEEDS_MODERATION, service.settle(recordId(execution)));
	}
}
