package org.trustfund.proposals.process;

import static org.trustfund.processes.ProcessValues.recordId;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.trustfund.calls.Call;
import org.trustfund.calls.CallProcess;
import org.trustfund.calls.CallService;
import org.trustfund.proposals.RecommendationService;
import org.trustfund.security.AppUser;
import org.trustfund.tasks.TaskForm;
import org.trustfund.tasks.TaskView;

/** The fund manager's last step of a call: check and adjust the ranked recommendation, then hand it over. */
@Component
class CallTaskForms implements TaskForm {

	private final CallService calls;
	private final RecommendationService recommendations;

	CallTaskForms(CallService calls, RecommendationService recommendations) {
		this.calls = calls;
		this.recommendations = recommendations;
	}

	@Override
	public String processKey() {
		return CallProcess.KEY;
	}

	@Override
	public String taskKey() {
		return CallProcess.PREPARE_RECOMMENDATION_TASK;
	}

	@Override
	public String fragment() {
		return "proposals/tasks :: prepareRecommendation";
	}

	@Override
	public Map<String, Object> model(TaskView task) {
		Call call = calls.get(recordId(task.businessKey()));
		return Map.of("call", call, "ranked", recommendations.ranked(call.getId()), "budget",
				recommendations.budget(call.getId()));
	}

	@Override
	public Map<String, Object> variables(TaskView task, Map<String, String> fields, AppUser user) {
		return Map.of();
	}
}
