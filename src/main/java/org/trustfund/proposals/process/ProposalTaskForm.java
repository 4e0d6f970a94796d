package org.trustfund.proposals.process;

import java.util.HashMap;
import java.util.Map;
import org.trustfund.calls.CallService;
import org.trustfund.proposals.Proposal;
import org.trustfund.proposals.ProposalService;
import org.trustfund.proposals.ReviewProcess;
import org.trustfund.tasks.BaseTaskForm;
import org.trustfund.tasks.TaskView;
import org.trustfund.web.ValidationException;

/** What the proposal-review process's task forms share: the proposal and its call on the page, text checks. */
abstract class ProposalTaskForm extends BaseTaskForm {

	static final int MAX_NOTE = 2000;

	final ProposalService proposals;
	final CallService calls;

	ProposalTaskForm(String taskKey, ProposalService proposals, CallService calls) {
		super(ReviewProcess.KEY, taskKey, "proposals/tasks");
		this.proposals = proposals;
		this.calls = calls;
	}




	@Override
	public Map<String, Object> model(TaskView task) {
		Proposal p = proposal(task);
		Map<String, Object> model = new HashMap<>();
		model.put("proposal", p);
		model.put("call", calls.get(p.getCallId()));
		model.put("attachments", proposals.attachments(p.getId()));
		return model;
	}

	Proposal proposal(TaskView task) {
		return proposals.get(Long.parseLong(task.businessKey()));
	}

	static String text(Map<String, String> fields, String name, boolean required, String whenMissing) {
		String value = fields.get(name) == null ? "" : fields.get(name).strip();
		if (required && value.isEmpty()) {
			throw new ValidationException(name, whenMissing);
		}
		if (value.length() > MAX_NOTE) {
			throw new ValidationException(name, "At most " + MAX_NOTE + " characters");
		}
		return value;
	}
}
