package org.trustfund.donors.process;

import static org.trustfund.processes.ProcessValues.recordId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.donors.PledgeFollowUpProcess;
import org.trustfund.donors.PledgeService;
import org.trustfund.tasks.TaskCompletion;
import org.trustfund.tasks.TaskCompletions;

/** The fund manager decided the pledge will not be paid: it is written off with the given reason. */
@Component("writeOffPledge")
class WriteOffPledge implements JavaDelegate {

	private final PledgeService pledges;
	private final TaskCompletions completions;

	WriteOffPledge(PledgeService pledges, TaskCompletions completions) {
		this.pledges = pledges;
		this.completions = completions;
	}

	@Override
	public void execute(DelegateExecution execution) {
		TaskCompletion followedUp = completions.of(execution, PledgeFollowUpProcess.FOLLOW_UP_TASK)
			.expect(PledgeFollowUpProcess.OUTCOME, PledgeFollowUpProcess.WRITE_OFF);
		pledges.writeOffByFollowUp(recordId(execution), followedUp.note(), followedUp.getActor());
	}
}
