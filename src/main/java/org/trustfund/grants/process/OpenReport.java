package org.trustfund.grants.process;

import static org.trustfund.processes.ProcessValues.recordId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.grants.ReportService;

/** The report's period is ending: the NGO's report task opens and the NGO is told the due date. */
@Component("openReport")
class OpenReport implements JavaDelegate {

	private final ReportService reports;

	OpenReport(ReportService reports) {
		this.reports = reports;
	}

	@Override
	public void execute(DelegateExecution execution) {
		reports.open(recordId(execution));
	}
}
