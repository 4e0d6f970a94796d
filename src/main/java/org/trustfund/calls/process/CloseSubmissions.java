package org.trustfund.calls.process;

import static org.trustfund.processes.ProcessValues.recordId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.calls.CallService;

/** The deadline passed: the call stops accepting proposals. */
@Component("closeSubmissions")
class CloseSubmissions implements JavaDelegate {

	private final CallService calls;

	CloseSubmissions(CallService calls) {
		this.calls = calls;
	}

	@Override
	public void execute(DelegateExecution execution) {
		calls.closeSubmissions(recordId(execution));
	}
}
