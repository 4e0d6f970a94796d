package org.trustfund.donors.process;

import static org.trustfund.processes.ProcessValues.recordId;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.donors.PledgeFollowUpProcess;
import org.trustfund.donors.PledgeService;
import org.trustfund.tasks.TaskCompletion;
import org.trustfund.tasks.TaskCompletions;

/** The donor was contacted and gave a new expected date: the pledge is rescheduled. */
@Component("reschedulePledge")
class ReschedulePledge implements JavaDelegate {

	private final PledgeService pledges;
	private final TaskCompletions completions;

	ReschedulePledge(PledgeService pledges, TaskCompletions completions) {
		this.pledges = pledges;
		this.completions = completions;
	}

	@Override
	public void execute(DelegateExecution execution) {
		TaskCompletion followedUp = completions.of(execution, PledgeFollowUpProcess.FOLLOW_UP_TASK)
			.expect(PledgeFollowUpProcess.OUTCOME, PledgeFollowUpProcess.CONTACTED);
		pledges.reschedule(recordId(execution), LocalDate.parse(followedUp.field(PledgeFollowUpProcess.NEW_EXPECTED_DATE)),
				followedUp.note());
	}
}
