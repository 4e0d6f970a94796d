package org.trustfund.board.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.board.BoardService;
import org.trustfund.board.BoardTermProcess;

/** Tells the fund manager and the outgoing trustees which Board takes over. */
@Component("announceNewBoard")
class AnnounceNewBoard implements JavaDelegate {

	private final BoardService board;

	AnnounceNewBoard(BoardService board) {
		this.board = board;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long termId = ((Number) execution.getVariable(BoardTermProcess.TERM_ID)).longValue();
		long newTermId = ((Number) execution.getVariable(BoardTermProcess.NEW_TERM_ID)).longValue();
		board.newBoardAppointed(termId, newTermId);
	}
}
