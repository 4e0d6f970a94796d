package org.trustfund.proposals.process;

import static org.trustfund.proposals.process.ReviewVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.proposals.ReviewProcess;
import org.trustfund.proposals.ReviewService;

/** Records the reviewer's scores, carried from the task form in a transient variable. */
@Component("recordScore")
class RecordScore implements JavaDelegate {

	private final ReviewService service;

	RecordScore(ReviewService service) {
		this.service = service;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ScoreSheet sheet = ScoreSheet.fromJson(text(execution, ReviewProcess.SCORES, null));
		service.submitScores(proposalId(execution), reviewer(execution), sheet.scores(), sheet.comments());
	}
}
