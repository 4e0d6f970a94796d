package org.trustfund.grants.process;

import static org.trustfund.processes.ProcessValues.recordId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.grants.GrantService;

/** Reminds the NGO before the acceptance deadline. */
@Component("remindAcceptance")
class RemindAcceptance implements JavaDelegate {

	private final GrantService grants;

	RemindAcceptance(GrantService grants) {
		this.grants = grants;
	}

	@Override
	public void execute(DelegateExecution execution) {
		grants.remindAcceptance(recordId(execution));
	}
}
