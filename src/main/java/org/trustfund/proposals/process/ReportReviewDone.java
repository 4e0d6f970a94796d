package org.trustfund.proposals.process;

import static org.trustfund.processes.ProcessValues.recordId;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.calls.CallProcess;
import org.trustfund.proposals.ProposalService;

/**
 * Tells the call's process (the only one waiting for this message) that one more proposal has finished its review. Before the deadline the
 * call is not listening, and the message is dropped: the call counts the proposals when it closes.
 */
@Component("reportReviewDone")
class ReportReviewDone implements JavaDelegate {

	private final ProposalService proposals;
	private final RuntimeService runtime;

	ReportReviewDone(ProposalService proposals, RuntimeService runtime) {
		this.proposals = proposals;
		this.runtime = runtime;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long callId = proposals.get(recordId(execution)).getCallId();
		runtime.createMessageCorrelation(CallProcess.PROPOSAL_REVIEWED_MESSAGE)
			.processInstanceBusinessKey(Long.toString(callId))
			.correlateAll();
	}
}
