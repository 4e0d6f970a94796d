package org.trustfund.grants.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.grants.AmendmentService;

/** Refused: the NGO is told why. */
@Component("refuseAmendment")
class RefuseAmendment implements JavaDelegate {

	private final AmendmentService amendments;

	RefuseAmendment(AmendmentService amendments) {
		this.amendments = amendments;
	}

	@Override
	public void execute(DelegateExecution execution) {
		amendments.refuse(Variables.amendmentId(execution), Variables.note(execution, "Refused."), Variables.actor(execution));
	}
}
