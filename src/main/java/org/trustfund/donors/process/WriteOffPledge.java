package org.trustfund.donors.process;

import static org.trustfund.donors.process.FollowUpVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.donors.PledgeFollowUpProcess;
import org.trustfund.donors.PledgeService;

/** The fund manager decided the pledge will not be paid: it is written off with the given reason. */
@Component("writeOffPledge")
class WriteOffPledge implements JavaDelegate {

	private final PledgeService pledges;

	WriteOffPledge(PledgeService pledges) {
		this.pledges = pledges;
	}

	@Override
	public void execute(DelegateExecution execution) {
		pledges.writeOffByFollowUp(pledgeId(execution), text(execution, PledgeFollowUpProcess.NOTE), actor(execution));
	}
}
