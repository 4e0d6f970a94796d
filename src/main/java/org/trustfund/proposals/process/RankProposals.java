package org.trustfund.proposals.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.calls.CallProcess;
import org.trustfund.proposals.RecommendationService;

/** Every proposal of the call is reviewed: ranks them and records a recommendation on each. */
@Component("rankProposals")
class RankProposals implements JavaDelegate {

	private final RecommendationService service;

	RankProposals(RecommendationService service) {
		this.service = service;
	}

	@Override
	public void execute(DelegateExecution execution) {
		service.rank(((Number) execution.getVariable(CallProcess.CALL_ID)).longValue());
	}
}
