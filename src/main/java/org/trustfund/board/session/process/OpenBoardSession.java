package org.trustfund.board.session.process;

import static org.trustfund.processes.ProcessValues.recordId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.board.session.Voting;

/**
 * Voting opens: automatic recusals are recorded and the voters are told. The session comes from the business key,
 * never from a variable.
 */
@Component("openBoardSession")
class OpenBoardSession implements JavaDelegate {

	private final Voting voting;

	OpenBoardSession(Voting voting) {
		this.voting = voting;
	}

	@Override
	public void execute(DelegateExecution execution) {
		voting.open(recordId(execution));
	}
}
