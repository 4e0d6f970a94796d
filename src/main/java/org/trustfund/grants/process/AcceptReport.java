package org.trustfund.grants.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.grants.ReportService;
import org.trustfund.grants.GrantLifecycleProcess;

/** The fund manager accepted the report: the next tranche is released, or the grant closes after the final one. */
@Component("acceptReport")
class AcceptReport implements JavaDelegate {

	private final ReportService reports;

	AcceptReport(ReportService reports) {
		this.reports = reports;
	}

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariable(GrantLifecycleProcess.FINAL_REPORT, reports.accept(Variables.grantId(execution), Variables.note(execution, ""), Variables.actor(execution)));
	}
}
