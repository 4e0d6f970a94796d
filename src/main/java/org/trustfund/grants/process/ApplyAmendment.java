package org.trustfund.grants.process;

import static org.trustfund.processes.ProcessValues.recordId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.grants.AmendmentService;
import org.trustfund.grants.GrantAmendmentProcess;
import org.trustfund.tasks.TaskCompletion;
import org.trustfund.tasks.TaskCompletions;

/** Approved: writes the agreement's next version (and moves the report timers for an extension). */
@Component("applyAmendment")
class ApplyAmendment implements JavaDelegate {

	private final AmendmentService amendments;
	private final TaskCompletions completions;

	ApplyAmendment(AmendmentService amendments, TaskCompletions completions) {
		this.amendments = amendments;
		this.completions = completions;
	}

	@Override
	public void execute(DelegateExecution execution) {
		TaskCompletion decided = completions.of(execution, GrantAmendmentProcess.DECIDE_TASK)
			.expect(GrantAmendmentProcess.DECISION, "approve");
		amendments.approve(recordId(execution), decided.note(), decided.getActor());
	}
}
