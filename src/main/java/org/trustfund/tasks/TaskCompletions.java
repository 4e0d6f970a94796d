package org.trustfund.tasks;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place delegates learn who did a step, and why. Process variables can be written through the
 * engine's APIs, so none of this comes from them: the actor and note are what {@link TaskListService#complete}
 * validated and recorded when the user completed the task (the record itself is the process's business key,
 * read by {@link org.trustfund.processes.ProcessValues#recordId}).
 */
@NamedInterface("spi")
@Service
public class TaskCompletions {

	private final TaskCompletionRecords records;
	private final Clock clock;

	TaskCompletions(TaskCompletionRecords records, Clock clock) {
		this.records = records;
		this.clock = clock;
	}

	/**
	 * Records a completion inside the caller's transaction (the one that completes the task).
	 * @param fields the form's validated values; typed values are unwrapped, every value is kept as text
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	TaskCompletion record(TaskView task, String actor, Map<String, Object> fields) {
		Map<String, String> text = new LinkedHashMap<>();
		fields.forEach((name, value) -> {
			Object plain = value instanceof TypedValue typed ? typed.getValue() : value;
			if (plain != null) {
				text.put(name, plain.toString());
			}
		});
		return records.save(new TaskCompletion(task, actor, clock.instant(), text));
	}

	/**
	 * The latest recorded completion of user task {@code taskKey} in the execution's process instance, or, for
	 * a process started by a call activity, in the calling process instances above it.
	 * @throws IllegalStateException when none was recorded (the task was not completed through the task list);
	 *         the engine then rolls the whole step back
	 */
	public TaskCompletion of(DelegateExecution execution, String taskKey) {
		DelegateExecution instance = execution.getProcessInstance();
		while (instance != null) {
			Optional<TaskCompletion> found = records.findFirstByProcessInstanceIdAndTaskKeyOrderByIdDesc(
					instance.getProcessInstanceId(), taskKey);
			if (found.isPresent()) {
				return found.get();
			}
			DelegateExecution calling = instance.getSuperExecution();
			instance = calling == null ? null : calling.getProcessInstance();
		}
		throw new IllegalStateException("No recorded completion of task " + taskKey + " in process instance "
				+ execution.getProcessInstanceId() + ": tasks must be completed through the task list");
	}
}
