package org.trustfund.grants.process;

import static org.trustfund.processes.ProcessValues.recordId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.grants.AmendmentService;
import org.trustfund.grants.GrantAmendmentProcess;
import org.trustfund.tasks.TaskCompletion;
import org.trustfund.tasks.TaskCompletions;

/** Refused: the NGO is told why. */
@Component("refuseAmendment")
class RefuseAmendment implements JavaDelegate {

	private final AmendmentService amendments;
	private final TaskCompletions completions;

	RefuseAmendment(AmendmentService amendments, TaskCompletions completions) {
		this.amendments = amendments;
		this.completions = completions;
	}

	@Override
	public void execute(DelegateExecution execution) {
		TaskCompletion decided = completions.of(execution, GrantAmendmentProcess.DECIDE_TASK)
			.expect(GrantAmendmentProcess.DECISION, "refuse");
		amendments.refuse(recordId(execution), decided.noteOr("Refused."), decided.getActor());
	}
}
