package org.trustfund.board.session;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trustfund.board.BoardSessionProcess;
import org.trustfund.shared.ConflictException;

/** A ballot sent through the API: the votes are recorded and the trustee's voting task completed, or neither. */
@Service
public class BallotBox {

	private final Voting voting;
	private final TaskService tasks;

	BallotBox(Voting voting, TaskService tasks) {
		this.voting = voting;
		this.tasks = tasks;
	}

	@Transactional
	public List<Vote> submit(long sessionId, String username, List<Ballot> ballot) {
		voting.castBallot(sessionId, username, ballot);
		Task task = votingTask(sessionId, username);
		if (task == null) {
			throw ConflictException.keyed("conflict.voting.noTask", "You have no open voting task in Board session " + sessionId,
					String.valueOf(sessionId));
		}
		tasks.complete(task.getId());
		return voting.votesOf(sessionId, username);
	}

	/** The trustee's open voting task in the session, if any. */
	@Transactional(readOnly = true)
	public Task votingTask(long sessionId, String username) {
		return tasks.createTaskQuery().processDefinitionKey(BoardSessionProcess.KEY)
			.processInstanceBusinessKey(Long.toString(sessionId))
			.taskDefinitionKey(BoardSessionProcess.CAST_VOTES_TASK).taskAssignee(username).singleResult();
	}
}
