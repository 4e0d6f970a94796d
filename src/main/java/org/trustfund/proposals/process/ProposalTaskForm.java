package org.trustfund.proposals.process;

import static org.trustfund.processes.ProcessValues.recordId;

import java.util.HashMap;
import java.util.Map;
import org.trustfund.calls.CallService;
import org.trustfund.proposals.Proposal;
import org.trustfund.proposals.ProposalService;
import org.trustfund.proposals.ReviewProcess;
import org.trustfund.tasks.BaseTaskForm;
import org.trustfund.tasks.TaskView;

/** What the proposal-review process's task forms share: the proposal and its call on the page. */
abstract class ProposalTaskForm extends BaseTaskForm {

	final ProposalService proposals;
	final CallService calls;

	ProposalTaskForm(String taskKey, ProposalService proposals, CallService calls) {
		super(ReviewProcess.KEY, taskKey, "proposals/tasks");
		this.proposals = proposals;
		this.calls = calls;
	}	@Override
	public Map<String, Object> model(TaskView task) {
		Proposal p = proposal(task);
		Map<String, Object> model = new HashMap<>();
		model.put("proposal", p);
		model.put("call", calls.get(p.getCallId()));
		model.put("attachments", proposals.attachments(p.getId()));
		return model;
	}

	Proposal proposal(TaskView task) {
		return proposals.get(recordId(task.businessKey()));
	}

}
