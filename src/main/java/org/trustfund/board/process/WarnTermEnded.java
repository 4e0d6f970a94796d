package org.trustfund.board.process;

import static org.trustfund.processes.ProcessValues.recordId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.trustfund.board.BoardService;

/** The term ended and no successor is recorded: administrators and fund managers are warned. */
@Component("warnTermEnded")
class WarnTermEnded implements JavaDelegate {

	private final BoardService board;

	WarnTermEnded(BoardService board) {
		this.board = board;
	}

	@Override
	public void execute(DelegateExecution execution) {
		board.termEndedWithoutSuccessor(recordId(execution));
	}
}
