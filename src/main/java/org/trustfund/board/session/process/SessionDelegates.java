package org.trustfund.board.session.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.trustfund.board.BoardSessionProcess;
import org.trustfund.board.session.OutcomeApplication;
import org.trustfund.board.session.Voting;

/** The thin service tasks of {@code board-session.bpmn}: each reads {@code sessionId} and calls one service. */
@Configuration
class SessionDelegates {

	@Bean
	JavaDelegate openBoardSession(Voting voting) {
		return execution -> voting.open(sessionId(execution));
	}

	@Bean
	JavaDelegate remindBoardVoters(Voting voting) {
		return execution -> voting.remind(sessionId(execution));
	}

	@Bean
	JavaDelegate closeBoardVoting(Voting voting) {
		return execution -> voting.close(sessionId(execution));
	}

	@Bean
	JavaDelegate applyBoardOutcome(OutcomeApplication outcome) {
		return execution -> outcome.apply(sessionId(execution));
	}

	static long sessionId(DelegateExecution execution) {
		return ((Number) execution.getVariable(BoardSessionProcess.SESSION_ID)).longValue();
	}
}
