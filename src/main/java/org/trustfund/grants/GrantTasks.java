package org.trustfund.grants;

import org.trustfund.shared.ValidationException;
import org.springframework.modulith.NamedInterface;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trustfund.security.AppUser;
import org.trustfund.tasks.TaskListService;
import org.trustfund.shared.ConflictException;

/**
 * The API's actions on a grant complete the same user tasks, with the same forms, as the task pages:
 * the open task is found by its process and business key and completed through the task list (which
 * checks that it is offered to the user).
 */
@Service
@NamedInterface("api")
public class GrantTasks {

	private final TaskService tasks;
	private final TaskListService taskList;

	GrantTasks(TaskService tasks, TaskListService taskList) {
		this.tasks = tasks;
		this.taskList = taskList;
	}

	@Transactional
	public void complete(String processKey, long businessKey, String taskKey, Map<String, String> fields, AppUser user,
			ValidationException.Keyed notWaiting) {
		Task task = tasks.createTaskQuery().processDefinitionKey(processKey)
			.processInstanceBusinessKey(Long.toString(businessKey)).taskDefinitionKey(taskKey).singleResult();
		if (task == null) {
			throw ConflictException.keyed(notWaiting.key(), notWaiting.english(), notWaiting.args());
		}
		taskList.complete(task.getId(), fields, user);
	}

	/** The open task's id, for a link from the grant page, or null. */
	@Transactional(readOnly = true)
	public String openTask(String processKey, long businessKey, String taskKey) {
		Task task = tasks.createTaskQuery().processDefinitionKey(processKey)
			.processInstanceBusinessKey(Long.toString(businessKey)).taskDefinitionKey(taskKey).singleResult();
		return task == null ? null : task.getId();
	}
}
