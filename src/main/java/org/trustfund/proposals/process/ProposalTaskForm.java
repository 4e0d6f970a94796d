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

/**
 * What the proposal-review process's task forms share: the proposal (its text and budget lines), its call, its
 * documents, the eligibility table's result ({@code eligible}: true, false, or null before the table ran) and
 * the kinds of the call's criteria for their descriptors ({@code rubric}, see {@link RubricDescriptors}).
 */
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
		var call = calls.get(p.getCallId());
		model.put("rubric", RubricDescriptors.kinds(call.getCriteria()));
		var events = proposals.history(p.getId());
		model.put("eligible", events.stream().anyMatch(e -> "ELIGIBLE".equals(e.getAction())) ? Boolean.TRUE
				: events.stream().anyMatch(e -> "INELIGIBLE".equals(e.getAction())) ? Boolean.FALSE : null);
		return model;
	}

	Proposal proposal(TaskView task) {
		return proposals.get(recordId(task.businessKey()));
	}

}
