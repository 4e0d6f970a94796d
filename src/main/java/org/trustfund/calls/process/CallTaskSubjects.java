package org.trustfund.calls.process;

import static org.trustfund.processes.ProcessValues.recordId;

import org.springframework.stereotype.Component;
import org.trustfund.calls.CallProcess;
import org.trustfund.calls.CallService;
import org.trustfund.tasks.TaskSubjects;

/** Labels the call process's tasks in the task lists with the call's title. */
@Component
class CallTaskSubjects implements TaskSubjects {

	private final CallService calls;

	CallTaskSubjects(CallService calls) {
		this.calls = calls;
	}

	@Override
	public String processKey() {
		return CallProcess.KEY;
	}

	@Override
	public Subject describe(String businessKey) {
		var call = calls.get(recordId(businessKey));
		return new Subject(call.getTitle(), "/calls/" + call.getId());
	}
}
