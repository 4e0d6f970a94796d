package org.trustfund.grants.process;

import static org.trustfund.processes.ProcessValues.recordId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.grants.GrantService;

/** The final report was accepted: the grant closes and unspent commitment is released. */
@Component("closeGrant")
class CloseGrant implements JavaDelegate {

	private final GrantService grants;

	CloseGrant(GrantService grants) {
		this.grants = grants;
	}

	@Override
	public void execute(DelegateExecution execution) {
		grants.close(recordId(execution));
	}
}
