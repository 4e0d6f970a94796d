package org.trustfund.proposals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.trustfund.security.AppUser;
import org.trustfund.tasks.TaskListService;

/** Drives the review processes as people would: through the task list and its forms, and runs due jobs. */
@Component
public class ReviewSteps {

	private final TaskListService taskList;
	private final TaskService tasks;
	private final ManagementService management;
	private final UserDetailsService userDetails;

	ReviewSteps(TaskListService taskList, TaskService tasks, ManagementService management,
			UserDetailsService userDetails) {
		this.taskList = taskList;
		this.tasks = tasks;
		this.management = management;
		this.userDetails = userDetails;
	}

	public AppUser user(String username) {
		return (AppUser) userDetails.loadUserByUsername(username);
	}

	public List<Task> open(String processInstanceId, String taskKey) {
		return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey)
			.orderByTaskId().asc().list();
	}

	public Task one(String processInstanceId, String taskKey) {
		List<Task> found = open(processInstanceId, taskKey);
		if (found.size() != 1) {
			throw new AssertionError("Expected one " + taskKey + " task but found " + found.size());
		}
		return found.get(0);
	}

	public void complete(Task task, String username, Map<String, String> fields) {
		taskList.complete(task.getId(), new HashMap<>(fields), user(username));
	}

	public void screen(String pid, String fundManager, String decision, String note) {
		complete(one(pid, ReviewProcess.SCREEN_TASK), fundManager, Map.of("decision", decision, "note", note));
	}

	public void declare(Task task, boolean conflicted, String note) {
		complete(task, task.getAssignee(), Map.of("conflicted", Boolean.toString(conflicted), "note", note));
	}

	/** Scores every criterion and runs the save point after the reviewer's transaction. */
	public void score(Task task, int... scores) {
		Map<String, String> fields = new HashMap<>();
		for (int i = 0; i < scores.length; i++) {
			fields.put("score" + i, Integer.toString(scores[i]));
			fields.put("comment" + i, "Comment " + i);
		}
		fields.put("comments", "Overall comments");
		complete(task, task.getAssignee(), fields);
		runJobs(task.getProcessInstanceId());
	}

	/** Runs the instance's jobs that are not timers (async continuations), until none is left. */
	public void runJobs(String processInstanceId) {
		List<Job> jobs;
		while (!(jobs = management.createJobQuery().processInstanceId(processInstanceId).messages().list()).isEmpty()) {
			
			management.executeJob(jobs.get(0).getId());
		}
	}

	public void fireTimer(String processInstanceId, String activityId) {
		Job job = management.createJobQuery().processInstanceId(processInstanceId).activityId(activityId)
			.singleResult();
		if (job == null) {
			throw new AssertionError("No timer at " + activityId);
		}
		management.executeJob(job.getId());
	}
}
