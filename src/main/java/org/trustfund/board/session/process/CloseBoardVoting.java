package org.trustfund.board.session.process;

import static org.trustfund.processes.ProcessValues.recordId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.board.session.Voting;

/**
 * The voting deadline passed (or everyone voted): voting closes and the chair is asked to sign. The session comes
 * from the business key, never from a variable.
 */
@Component("closeBoardVoting")
class CloseBoardVoting implements JavaDelegate {

	private final Voting voting;

	CloseBoardVoting(Voting voting) {
		this.voting = voting;
	}

	@Override
	public void execute(DelegateExecution execution) {
		voting.close(recordId(execution));
	}
}
