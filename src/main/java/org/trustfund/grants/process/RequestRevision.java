package org.trustfund.grants.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.grants.ReportService;

/** The fund manager asked for a revision: the NGO's task opens again with a new due date. */
@Component("requestRevision")
class RequestRevision implements JavaDelegate {

	private final ReportService reports;

	RequestRevision(ReportService reports) {
		this.reports = reports;
	}

	@Override
	public void execute(DelegateExecution execution) {
		reports.requestRevision(Variables.grantId(execution), Variables.note(execution, "Please revise the report."), Variables.actor(execution));
	}
}
