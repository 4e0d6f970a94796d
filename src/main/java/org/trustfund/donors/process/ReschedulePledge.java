package org.trustfund.donors.process;

import static org.trustfund.donors.process.FollowUpVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.donors.PledgeFollowUpProcess;
import org.trustfund.donors.PledgeService;

/** The donor was contacted and gave a new expected date: the pledge is rescheduled. */
@Component("reschedulePledge")
class ReschedulePledge implements JavaDelegate {

	private final PledgeService pledges;

	ReschedulePledge(PledgeService pledges) {
		this.pledges = pledges;
	}

	@Override
	public void execute(DelegateExecution execution) {
		pledges.reschedule(pledgeId(execution),
				LocalDate.parse(text(execution, PledgeFollowUpProcess.NEW_EXPECTED_DATE)),
				text(execution, PledgeFollowUpProcess.NOTE));
	}
}
