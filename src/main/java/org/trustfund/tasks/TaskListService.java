package org.trustfund.tasks;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trustfund.security.AppUser;
import org.trustfund.tasks.TaskSubjects.Subject;
import org.trustfund.shared.ConflictException;
import org.trustfund.shared.NotFoundException;

/**
 * Each user's task list: tasks assigned to them, and unassigned tasks offered to one of their groups
 * (their roles, and for NGO members their organisation's group). Acting on any other task is refused.
 */
@NamedInterface("api")
@Service
public class TaskListService {

	private final TaskService tasks;
	private final HistoryService history;
	private final RuntimeService runtime;
	private final RepositoryService repository;
	private final Map<String, TaskSubjects> subjects;
	private final Map<String, TaskForm> forms;
	private final TaskCompletions completions;
	private final JdbcTemplate jdbc;
	private final TaskListReader reader;

	TaskListService(TaskService tasks, HistoryService history, RuntimeService runtime, RepositoryService repository,
			List<TaskSubjects> subjects, List<TaskForm> forms, TaskCompletions completions, JdbcTemplate jdbc,
			TaskListReader reader) {
		this.tasks = tasks;
		this.reader = reader;
		this.jdbc = jdbc;
		this.history = history;
		this.completions = completions;
		this.runtime = runtime;
		this.repository = repository;
		this.subjects = subjects.stream().collect(Collectors.toMap(TaskSubjects::processKey, Function.identity()));
		this.forms = forms.stream().collect(Collectors.toMap(f -> f.processKey() + "/" + f.taskKey(),
				Function.identity()));
	}

	/**
	 * The first page of the user's list, newest first ({@link TaskFilter#ALL}).
	 * @return at most {@value TaskFilter#DEFAULT_SIZE} tasks
	 */
	@Transactional(readOnly = true)
	public List<TaskView> tasksFor(AppUser user) {
		return list(user, TaskFilter.ALL).tasks();
	}

	/**
	 * One page of the user's list: the tasks claimed by them and the unclaimed tasks offered to one of their
	 * groups (for an NGO member, their organisation's group), narrowed and ordered by {@code filter}, with the
	 * number of matching tasks and the whole list's counts per filter choice. Read from the task lists' read
	 * model ({@link TaskListModel}), kept in step with the engine in the engine's own transactions.
	 * @param filter the page, its size, filters and order
	 * @return the page; empty past the last page
	 */
	@Transactional(readOnly = true)
	public TaskPage list(AppUser user, TaskFilter filter) {
		return reader.page(user, filter);
	}

	@Transactional(readOnly = true)
	public TaskView get(String taskId, AppUser user) {
		Task task = actable(taskId, user);
		return views(List.of(task)).get(0);
	}

	@Transactional(readOnly = true)
	public TaskForm formOf(TaskView task) {
		TaskForm form = forms.get(task.processKey() + "/" + task.taskKey());
		if (form == null) {
			throw new IllegalStateException("No form for task " + task.taskKey() + " of " + task.processKey());
		}
		return form;
	}

	@Transactional
	public void claim(String taskId, AppUser user) {
		Task task = actable(taskId, user);
		if (task.getAssignee() == null) {
			try {
				tasks.claim(taskId, user.getUsername());
			}
			catch (NullValueException e) {
				throw ConflictException.keyed("conflict.task.completed", "Task " + taskId + " was completed meanwhile; reload your task list",
					String.valueOf(taskId));
			}
		}
	}

	/**
	 * Gives a claimed task back to the groups it is offered to.
	 * @throws ConflictException when the task is not claimed by {@code user}, or is offered to no group (it is
	 *         that user's alone: giving it back would leave it to nobody)
	 */
	@Transactional
	public void unclaim(String taskId, AppUser user) {
		Task task = actable(taskId, user);
		if (!user.getUsername().equals(task.getAssignee())) {
			throw ConflictException.keyed("conflict.task.notYours", "This task is not claimed by you");
		}
		// A task assigned to one person and offered to no group (a trustee's ballot, the chair's signature,
		// a reviewer's assignment) would belong to nobody once given back.
		boolean offered = tasks.getIdentityLinksForTask(taskId).stream()
			.anyMatch(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null);
		if (!offered) {
			throw ConflictException.keyed("conflict.task.yoursAlone", "This task is yours alone and cannot be given back");
		}
		tasks.setAssignee(taskId, null);
	}

	/**
	 * Validates the fields with the task's form, records what was validated and who acted
	 * ({@link TaskCompletions}), and completes the task, all in one transaction; invalid input leaves it open
	 * and records nothing. The form's values also become process variables, for the gateways' routing flags.
	 * A field given as {@code null} counts as not given, so that no form meets a null value. A task completed
	 * meanwhile (a double-click, a colleague) is a conflict (409), not an unknown task.
	 */
	@Transactional
	public void complete(String taskId, Map<String, String> fields, AppUser user) {
		lockOpen(taskId);
		TaskView view = get(taskId, user);
		Map<String, String> given = new HashMap<>();
		fields.forEach((name, value) -> {
			if (name != null && value != null) {
				given.put(name, value);
			}
		});
		Map<String, Object> variables = new HashMap<>(formOf(view).variables(view, given, user));
		try {
			if (view.assignee() == null) {
				tasks.claim(taskId, user.getUsername());
			}
			completions.record(view, user.getUsername(), variables);
			tasks.complete(taskId, variables);
		}
		catch (NullValueException e) {
			// Completed by someone else between our read and our claim (a double-click, a colleague).
			throw ConflictException.keyed("conflict.task.completed", "Task " + taskId + " was completed meanwhile; reload your task list",
					String.valueOf(taskId));
		}
	}

	/**
	 * Locks the task's engine row for the rest of the transaction, so that simultaneous completions of one task
	 * (a double-click, two colleagues) run one after the other: the later one then finds the task gone and gets
	 * a conflict, instead of meeting the engine half-way through deleting it (Camunda then throws a
	 * {@code NullValueException} or a {@code NullPointerException} from wherever it was). The engine's
	 * connection is the transaction's, so the lock is held until the completion commits.
	 * @throws ConflictException when the task was completed meanwhile
	 * @throws NotFoundException when there never was such a task
	 */
	private void lockOpen(String taskId) {
		if (jdbc.queryForList("select ID_ from ACT_RU_TASK where ID_ = ? for update", String.class, taskId).isEmpty()) {
			if (history.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0) {
				throw ConflictException.keyed("conflict.task.completed", "Task " + taskId + " was completed meanwhile; reload your task list",
					String.valueOf(taskId));
			}
			throw NotFoundException.keyed("notFound.task", "No open task " + taskId, taskId);
		}
	}

	private Task actable(String taskId, AppUser user) {
		Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
		if (task == null) {
			throw NotFoundException.keyed("notFound.task", "No open task " + taskId, taskId);
		}
		if (user.getUsername().equals(task.getAssignee())) {
			return task;
		}
		Set<String> groups = Set.copyOf(user.groups());
		boolean offered = tasks.getIdentityLinksForTask(taskId).stream()
			.filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType())).map(IdentityLink::getGroupId)
			.anyMatch(groups::contains);
		if (!offered) {
			throw new AccessDeniedException("Task " + taskId + " is not offered to you");
		}
		if (task.getAssignee() != null) {
			throw ConflictException.keyed("conflict.task.claimed", "Task " + taskId + " is already claimed by " + task.getAssignee(),
					String.valueOf(taskId), task.getAssignee());
		}
		return task;
	}

	private List<TaskView> views(List<Task> found) {
		Map<String, String> businessKeys = businessKeys(found.stream().map(Task::getProcessInstanceId).collect(
				Collectors.toSet()));
		Map<String, String> processKeys = found.stream().map(Task::getProcessDefinitionId).distinct().collect(
				Collectors.toMap(Function.identity(), id -> repository.getProcessDefinition(id).getKey()));
		Map<String, Map<String, Subject>> subjectsByProcess = subjects(found, processKeys, businessKeys);
		return found.stream().map(t -> {
			String processKey = processKeys.get(t.getProcessDefinitionId());
			String businessKey = businessKeys.get(t.getProcessInstanceId());
			// A process started as a call activity may have no business key.
			Subject subject = businessKey == null ? null
					: subjectsByProcess.getOrDefault(processKey, Map.of()).get(businessKey);
			return new TaskView(t.getId(), t.getName(), t.getDescription(), t.getTaskDefinitionKey(), processKey,
					businessKey, t.getProcessInstanceId(), subject == null ? Subject.unknown(businessKey) : subject,
					t.getCreateTime().toInstant(), t.getDueDate() == null ? null : t.getDueDate().toInstant(),
					t.getAssignee());
		}).toList();
	}

	/** One {@link TaskSubjects#describeAll} call per process, not one lookup per task. */
	private Map<String, Map<String, Subject>> subjects(List<Task> found, Map<String, String> processKeys,
			Map<String, String> businessKeys) {
		Map<String, Set<String>> keysByProcess = found.stream().filter(t -> businessKeys.containsKey(t.getProcessInstanceId()))
			.collect(Collectors.groupingBy(t -> processKeys.get(t.getProcessDefinitionId()),
					Collectors.mapping(t -> businessKeys.get(t.getProcessInstanceId()), Collectors.toSet())));
		Map<String, Map<String, Subject>> result = new HashMap<>();
		keysByProcess.forEach((processKey, keys) -> {
			TaskSubjects describer = subjects.get(processKey);
			if (describer != null) {
				result.put(processKey, describer.describeAll(keys));
			}
		});
		return result;
	}

	private Map<String, String> businessKeys(Collection<String> processInstanceIds) {
		if (processInstanceIds.isEmpty()) {
			return Map.of();
		}
		return runtime.createProcessInstanceQuery().processInstanceIds(Set.copyOf(processInstanceIds)).list().stream()
			.filter(p -> p.getBusinessKey() != null)
			.collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
	}
}
