package org.trustfund.proposals.process;

import static org.trustfund.processes.ProcessValues.recordId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.proposals.ReviewProcess;
import org.trustfund.proposals.ScreeningService;
import org.trustfund.tasks.TaskCompletion;
import org.trustfund.tasks.TaskCompletions;

/** The fund manager accepted the proposal for technical review. */
@Component("startTechnicalReview")
class StartTechnicalReview implements JavaDelegate {

	private final ScreeningService service;
	private final TaskCompletions completions;

	StartTechnicalReview(ScreeningService service, TaskCompletions completions) {
		this.service = service;
		this.completions = completions;
	}

	@Override
	public void execute(DelegateExecution execution) {
		TaskCompletion screened = completions.of(execution, ReviewProcess.SCREEN_TASK)
			.expect(ReviewProcess.DECISION, ReviewProcess.ACCEPT);
		service.accept(recordId(execution), screened.getActor());
	}
}
