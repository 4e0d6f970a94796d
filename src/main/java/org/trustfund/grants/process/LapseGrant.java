package org.trustfund.grants.process;

import static org.trustfund.processes.ProcessValues.recordId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.grants.GrantService;
import org.trustfund.grants.GrantStatus;

/** The acceptance deadline passed: the offer lapses and the commitment is released. */
@Component("lapseGrant")
class LapseGrant implements JavaDelegate {

	private final GrantService grants;

	LapseGrant(GrantService grants) {
		this.grants = grants;
	}

	@Override
	public void execute(DelegateExecution execution) {
		grants.endUnaccepted(recordId(execution), GrantStatus.LAPSED, "The agreement was not accepted before the deadline.");
	}
}
