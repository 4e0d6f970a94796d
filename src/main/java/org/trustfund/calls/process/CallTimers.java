package org.trustfund.calls.process;

import java.util.Date;
import org.springframework.stereotype.Component;
import org.trustfund.calls.CallService;

/** The call's deadline for its BPMN timer: {@code ${callTimers.deadline(execution.processBusinessKey)}} (the
 * business key, the call's id, coerced to a number). */
@Component("callTimers")
public class CallTimers {

	private final CallService calls;

	CallTimers(CallService calls) {
		this.calls = calls;
	}

	public Date deadline(long callId) {
		return calls.deadline(callId);
	}
}
