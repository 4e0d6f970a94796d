package org.trustfund.grants.process;

import static org.trustfund.processes.ProcessValues.recordId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.grants.ReportService;

/** Reminds the NGO before the report's due date. */
@Component("remindReport")
class RemindReport implements JavaDelegate {

	private final ReportService reports;

	RemindReport(ReportService reports) {
		this.reports = reports;
	}

	@Override
	public void execute(DelegateExecution execution) {
		reports.remind(recordId(execution));
	}
}
