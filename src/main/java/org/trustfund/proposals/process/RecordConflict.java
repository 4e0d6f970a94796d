package org.trustfund.proposals.process;

import static org.trustfund.processes.ProcessValues.recordId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.proposals.ReviewProcess;
import org.trustfund.proposals.ReviewService;
import org.trustfund.tasks.TaskCompletion;
import org.trustfund.tasks.TaskCompletions;

/** Records the reviewer's declared conflict of interest; the process then finds a replacement. */
@Component("recordConflict")
class RecordConflict implements JavaDelegate {

	private final ReviewService service;
	private final TaskCompletions completions;

	RecordConflict(ReviewService service, TaskCompletions completions) {
		this.service = service;
		this.completions = completions;
	}

	@Override
	public void execute(DelegateExecution execution) {
		TaskCompletion declared = completions.of(execution, ReviewProcess.DECLARE_CONFLICT_TASK)
			.expect(ReviewProcess.CONFLICTED, "true");
		service.declareConflict(recordId(execution), declared.getActor(), declared.field(ReviewProcess.COMMENTS));
	}
}
