package org.trustfund.board.session.process;

import static org.trustfund.processes.ProcessValues.recordId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.board.session.Voting;

/**
 * The reminder timer fired: trustees who have not voted on every proposal are reminded. The session comes from the
 * business key, never from a variable.
 */
@Component("remindBoardVoters")
class RemindBoardVoters implements JavaDelegate {

	private final Voting voting;

	RemindBoardVoters(Voting voting) {
		this.voting = voting;
	}

	@Override
	public void execute(DelegateExecution execution) {
		voting.remind(recordId(execution));
	}
}
