package org.trustfund.grants.process;

import static org.trustfund.processes.ProcessValues.recordId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.grants.GrantLifecycleProcess;
import org.trustfund.grants.GrantService;
import org.trustfund.grants.GrantStatus;
import org.trustfund.tasks.TaskCompletion;
import org.trustfund.tasks.TaskCompletions;

/** The NGO declined: the commitment returns to the available balance. */
@Component("declineGrant")
class DeclineGrant implements JavaDelegate {

	private final GrantService grants;
	private final TaskCompletions completions;

	DeclineGrant(GrantService grants, TaskCompletions completions) {
		this.grants = grants;
		this.completions = completions;
	}

	@Override
	public void execute(DelegateExecution execution) {
		TaskCompletion answered = completions.of(execution, GrantLifecycleProcess.ACCEPT_AGREEMENT_TASK)
			.expect(GrantLifecycleProcess.DECISION, "decline");
		grants.endUnaccepted(recordId(execution), GrantStatus.DECLINED, answered.noteOr("The NGO declined the agreement."));
	}
}
