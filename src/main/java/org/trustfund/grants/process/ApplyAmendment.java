package org.trustfund.grants.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.grants.AmendmentService;

/** Approved: writes the agreement's next version (and moves the report timers for an extension). */
@Component("applyAmendment")
class ApplyAmendment implements JavaDelegate {

	private final AmendmentService amendments;

	ApplyAmendment(AmendmentService amendments) {
		this.amendments = amendments;
	}

	@Override
	public void execute(DelegateExecution execution) {
		amendments.approve(Variables.amendmentId(execution), Variables.note(execution, ""), Variables.actor(execution));
	}
}
