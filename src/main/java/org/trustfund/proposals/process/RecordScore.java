package org.trustfund.proposals.process;

import static org.trustfund.processes.ProcessValues.recordId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.proposals.ReviewProcess;
import org.trustfund.proposals.ReviewService;
import org.trustfund.tasks.TaskCompletion;
import org.trustfund.tasks.TaskCompletions;

/** Records the reviewer's scores as the task list validated and recorded them, with the reviewer who gave them. */
@Component("recordScore")
class RecordScore implements JavaDelegate {

	private final ReviewService service;
	private final TaskCompletions completions;

	RecordScore(ReviewService service, TaskCompletions completions) {
		this.service = service;
		this.completions = completions;
	}

	@Override
	public void execute(DelegateExecution execution) {
		// The latest scoreProposal completion is this reviewer's: this step runs in the transaction that completed it.
		TaskCompletion scored = completions.of(execution, ReviewProcess.SCORE_TASK);
		ScoreSheet sheet = ScoreSheet.fromJson(scored.field(ReviewProcess.SCORES));
		service.submitScores(recordId(execution), scored.getActor(), sheet.scores(), sheet.comments());
	}
}
