package org.trustfund.proposals.process;

import static org.trustfund.processes.ProcessValues.recordId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.proposals.ReviewProcess;
import org.trustfund.proposals.ScreeningService;
import org.trustfund.tasks.TaskCompletion;
import org.trustfund.tasks.TaskCompletions;

/** Records the NGO's answer and hands the proposal back to the fund manager. */
@Component("recordClarification")
class RecordClarification implements JavaDelegate {

	private final ScreeningService service;
	private final TaskCompletions completions;

	RecordClarification(ScreeningService service, TaskCompletions completions) {
		this.service = service;
		this.completions = completions;
	}

	@Override
	public void execute(DelegateExecution execution) {
		TaskCompletion answer = completions.of(execution, ReviewProcess.ANSWER_TASK);
		service.recordAnswer(recordId(execution), answer.getActor(), answer.note());
	}
}
