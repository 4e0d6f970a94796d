package org.trustfund.board.session.process;

import static org.trustfund.tasks.TaskCompletions.recordId;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.trustfund.board.session.OutcomeApplication;
import org.trustfund.board.session.Voting;

/**
 * The thin service tasks of {@code board-session.bpmn}: each takes the session from the business key (never
 * from a variable) and calls one service.
 */
@Configuration
class SessionDelegates {

	@Bean
	JavaDelegate openBoardSession(Voting voting) {
		return execution -> voting.open(recordId(execution));
	}

	@Bean
	JavaDelegate remindBoardVoters(Voting voting) {
		return execution -> voting.remind(recordId(execution));
	}

	@Bean
	JavaDelegate closeBoardVoting(Voting voting) {
		return execution -> voting.close(recordId(execution));
	}

	@Bean
	JavaDelegate applyBoardOutcome(OutcomeApplication outcome) {
		return execution -> outcome.apply(recordId(execution));
	}
}
