package org.trustfund.grants.process;

import static org.trustfund.processes.ProcessValues.recordId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.grants.GrantLifecycleProcess;
import org.trustfund.grants.ReportService;
import org.trustfund.tasks.TaskCompletion;
import org.trustfund.tasks.TaskCompletions;

/** The fund manager accepted the report: the next tranche is released, or the grant closes after the final one. */
@Component("acceptReport")
class AcceptReport implements JavaDelegate {

	private final ReportService reports;
	private final TaskCompletions completions;

	AcceptReport(ReportService reports, TaskCompletions completions) {
		this.reports = reports;
		this.completions = completions;
	}

	@Override
	public void execute(DelegateExecution execution) {
		TaskCompletion reviewed = completions.of(execution, GrantLifecycleProcess.REVIEW_REPORT_TASK)
			.expect(GrantLifecycleProcess.DECISION, "accept");
		execution.setVariable(GrantLifecycleProcess.FINAL_REPORT,
				reports.accept(recordId(execution), reviewed.note(), reviewed.getActor()));
	}
}
