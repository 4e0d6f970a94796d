package org.trustfund.grants.process;

import static org.trustfund.processes.ProcessValues.recordId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.grants.GrantService;

/** The NGO accepted the agreement: the grant becomes active and the first tranche is due. */
@Component("activateGrant")
class ActivateGrant implements JavaDelegate {

	private final GrantService grants;

	ActivateGrant(GrantService grants) {
		this.grants = grants;
	}

	@Override
	public void execute(DelegateExecution execution) {
		grants.activate(recordId(execution));
	}
}
