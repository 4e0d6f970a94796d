package org.trustfund.proposals.process;

import static org.trustfund.processes.ProcessValues.recordId;

import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.proposals.ReviewProcess;
import org.trustfund.proposals.ReviewService;
import org.trustfund.tasks.TaskCompletion;
import org.trustfund.tasks.TaskCompletions;

/** Records the final score the fund manager settled on, and why. */
@Component("recordModeration")
class RecordModeration implements JavaDelegate {

	private final ReviewService service;
	private final TaskCompletions completions;

	RecordModeration(ReviewService service, TaskCompletions completions) {
		this.service = service;
		this.completions = completions;
	}

	@Override
	public void execute(DelegateExecution execution) {
		TaskCompletion moderated = completions.of(execution, ReviewProcess.MODERATE_TASK);
		service.moderate(recordId(execution), moderated.getActor(),
				new BigDecimal(moderated.field(ReviewProcess.FINAL_SCORE)), moderated.note());
	}
}
