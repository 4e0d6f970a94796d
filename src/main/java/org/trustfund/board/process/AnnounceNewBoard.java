package org.trustfund.board.process;

import static org.trustfund.processes.ProcessValues.recordId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.board.BoardService;
import org.trustfund.board.BoardTermProcess;
import org.trustfund.tasks.TaskCompletion;
import org.trustfund.tasks.TaskCompletions;

/** Tells the fund manager and the outgoing trustees which Board takes over. */
@Component("announceNewBoard")
class AnnounceNewBoard implements JavaDelegate {

	private final BoardService board;
	private final TaskCompletions completions;

	AnnounceNewBoard(BoardService board, TaskCompletions completions) {
		this.board = board;
		this.completions = completions;
	}

	@Override
	public void execute(DelegateExecution execution) {
		TaskCompletion appointed = completions.of(execution, BoardTermProcess.APPOINT_NEW_BOARD_TASK);
		board.newBoardAppointed(recordId(execution), Long.parseLong(appointed.field(BoardTermProcess.NEW_TERM_ID)));
	}
}
