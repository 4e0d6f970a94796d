package org.trustfund.board.session.process;

import static org.trustfund.processes.ProcessValues.recordId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.board.session.OutcomeApplication;

/**
 * The signed outcome is applied, after the save point before this step: awards, reserve list, declines. The
 * session comes from the business key, never from a variable.
 */
@Component("applyBoardOutcome")
class ApplyBoardOutcome implements JavaDelegate {

	private final OutcomeApplication outcome;

	ApplyBoardOutcome(OutcomeApplication outcome) {
		this.outcome = outcome;
	}

	@Override
	public void execute(DelegateExecution execution) {
		outcome.apply(recordId(execution));
	}
}
