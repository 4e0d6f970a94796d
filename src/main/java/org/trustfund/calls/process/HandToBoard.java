package org.trustfund.calls.process;

import static org.trustfund.processes.ProcessValues.recordId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.calls.CallService;

/** The fund manager finished the recommendation: the call goes to the Board. */
@Component("handToBoard")
class HandToBoard implements JavaDelegate {

	private final CallService calls;

	HandToBoard(CallService calls) {
		this.calls = calls;
	}

	@Override
	public void execute(DelegateExecution execution) {
		calls.handToBoard(recordId(execution));
	}
}
