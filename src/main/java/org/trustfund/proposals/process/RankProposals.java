package org.trustfund.proposals.process;

import static org.trustfund.processes.ProcessValues.recordId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
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
		service.rank(recordId(execution));
	}
}
