package org.trustfund.grants.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.grants.GrantService;
import org.trustfund.grants.GrantStatus;

/** The NGO declined: the commitment returns to the available balance. */
@Component("declineGrant")
class DeclineGrant implements JavaDelegate {

	private final GrantService grants;

	DeclineGrant(GrantService grants) {
		this.grants = grants;
	}

	@Override
	public void execute(DelegateExecution execution) {
		grants.endUnaccepted(Variables.grantId(execution), GrantStatus.DECLINED, Variables.note(execution, "The NGO declined the agreement."));
	}
}
