package org.trustfund.grants.process;

import static org.trustfund.processes.ProcessValues.recordId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.grants.ReportService;

/** Past the due date: the report is overdue (tranches of the NGO's grants are blocked) and the NGO is reminded. */
@Component("markReportOverdue")
class MarkReportOverdue implements JavaDelegate {

	private final ReportService reports;

	MarkReportOverdue(ReportService reports) {
		this.reports = reports;
	}

	@Override
	public void execute(DelegateExecution execution) {
		reports.markOverdue(recordId(execution));
	}
}
