package org.trustfund.grants.process;

import static org.trustfund.processes.ProcessValues.recordId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.grants.GrantLifecycleProcess;
import org.trustfund.grants.ReportService;
import org.trustfund.tasks.TaskCompletion;
import org.trustfund.tasks.TaskCompletions;

/** The fund manager asked for a revision: the NGO's task opens again with a new due date. */
@Component("requestRevision")
class RequestRevision implements JavaDelegate {

	private final ReportService reports;
	private final TaskCompletions completions;

	RequestRevision(ReportService reports, TaskCompletions completions) {
		this.reports = reports;
		this.completions = completions;
	}

	@Override
	public void execute(DelegateExecution execution) {
		TaskCompletion reviewed = completions.of(execution, GrantLifecycleProcess.REVIEW_REPORT_TASK)
			.expect(GrantLifecycleProcess.DECISION, "revise");
		reports.requestRevision(recordId(execution), reviewed.noteOr("Please revise the report."), reviewed.getActor());
	}
}
