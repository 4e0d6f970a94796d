package org.trustfund.proposals.process;

import static org.trustfund.processes.ProcessValues.recordId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.proposals.ReviewProcess;
import org.trustfund.proposals.ReviewSettings;
import org.trustfund.proposals.ScreeningService;
import org.trustfund.tasks.TaskCompletion;
import org.trustfund.tasks.TaskCompletions;

/** Stores the fund manager's question and its reply deadline, and tells the NGO. */
@Component("requestClarification")
class RequestClarification implements JavaDelegate {

	private final ScreeningService service;
	private final ReviewSettings settings;
	private final TaskCompletions completions;

	RequestClarification(ScreeningService service, ReviewSettings settings, TaskCompletions completions) {
		this.service = service;
		this.settings = settings;
		this.completions = completions;
	}

	@Override
	public void execute(DelegateExecution execution) {
		TaskCompletion screened = completions.of(execution, ReviewProcess.SCREEN_TASK)
			.expect(ReviewProcess.DECISION, ReviewProcess.CLARIFY);
		service.requestClarification(recordId(execution), screened.getActor(), screened.note(),
				settings.replyDue());
	}
}
