package org.trustfund.tasks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.trustfund.tasks.TaskSubjects.Subject;

/**
 * Writes the task lists' read model ({@code task_list_entry}, {@code task_list_audience}; see the migration
 * {@code V130__task_list.sql}): {@link #refresh} after a task is created, claimed, given back or changed,
 * {@link #remove} when it is completed or deleted (its process ended or was cancelled), both called by
 * {@link TaskListListener} inside the engine's transaction, so the read model commits or rolls back with the
 * engine. What a task concerns ({@link TaskSubjects}) is written after that transaction commits, in a
 * transaction of its own: a feature's lookup that fails can then never undo the engine's work (the list
 * falls back to asking the feature when the row has none). {@link #rebuild} makes it anew from the engine.
 */
@Component
public class TaskListModel {

	/** The format of the read model; a start with a stored version other than this rebuilds it. */
	static final int VERSION = 1;

	/** Stands for "no due date" in {@code due_key}: sorts after every real due date. */
	static final Instant NO_DUE = Instant.parse("9999-12-31T00:00:00Z");

	private static final Logger log = LoggerFactory.getLogger(TaskListModel.class);

	private final JdbcTemplate jdbc;
	private final ObjectProvider<TaskSubjects> subjectProviders;
	private final TransactionTemplate separate;
	private volatile Map<String, TaskSubjects> subjects;
	private final java.util.concurrent.atomic.AtomicLong changes = new java.util.concurrent.atomic.AtomicLong();
	private final Object changeKey = new Object();

	TaskListModel(JdbcTemplate jdbc, ObjectProvider<TaskSubjects> subjects, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.subjectProviders = subjects;
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** One open task as the read model stores it; {@code groups} are its candidate groups. */
	record Row(String taskId, String name, String description, String taskKey, String processKey,
			String processInstanceId, String businessKey, Instant created, Instant due, String assignee,
			Set<String> groups) {

		/** Who sees it: the assignee of a claimed task; the candidate groups of an unclaimed one. */
		List<String> audiences() {
			if (assignee != null) {
				return List.of(userAudience(assignee));
			}
			return groups.stream().map(TaskListModel::groupAudience).toList();
		}
	}

	static String userAudience(String username) {
		return "u:" + username;
	}

	static String groupAudience(String group) {
		return "g:" + group;
	}

	/**
	 * Writes the task's current state (in the caller's transaction, the engine's).
	 * @param task a user task of a process instance, as a task listener receives it
	 */
	void refresh(DelegateTask task) {
		TaskEntity entity = (TaskEntity) task;
		Set<String> groups = new LinkedHashSet<>();
		// A candidate group removed in this command is still in the task's list, marked deleted in the engine's cache.
		DbEntityManager entities = Context.getCommandContext().getDbEntityManager();
		for (IdentityLink link : task.getCandidates()) {
			if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null
					&& !(link instanceof DbEntity cached && entities.isDeleted(cached))) {
				groups.add(link.getGroupId());
			}
		}
		String businessKey = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
		write(new Row(task.getId(), task.getName(), task.getDescription(), task.getTaskDefinitionKey(),
				entity.getProcessDefinition().getKey(), task.getProcessInstanceId(), businessKey,
				task.getCreateTime().toInstant(), task.getDueDate() == null ? null : task.getDueDate().toInstant(),
				task.getAssignee(), groups));
	}

	/** Writes one task, keeping a subject already written; labels it after commit if it has none. */
	void write(Row row) {
		int updated = jdbc.update("update task_list_entry set name = ?, description = ?, task_key = ?, "
				+ "process_key = ?, process_instance_id = ?, business_key = ?, created_at = ?, due_at = ?, "
				+ "assignee = ? where task_id = ?", row.name(), row.description(), row.taskKey(), row.processKey(),
				row.processInstanceId(), row.businessKey(), time(row.created()), time(row.due()), row.assignee(),
				row.taskId());
		String label = null;
		if (updated == 0) {
			jdbc.update("insert into task_list_entry (task_id, name, description, task_key, process_key, "
					+ "process_instance_id, business_key, created_at, due_at, assignee) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
					row.taskId(), row.name(), row.description(), row.taskKey(), row.processKey(),
					row.processInstanceId(), row.businessKey(), time(row.created()), time(row.due()), row.assignee());
		}
		else {
			label = jdbc.queryForObject("select subject_label from task_list_entry where task_id = ?", String.class,
					row.taskId());
		}
		jdbc.update("delete from task_list_audience where task_id = ?", row.taskId());
		String search = search(row.name(), label == null ? null : new Subject(label, null).searchable(),
				row.businessKey());
		jdbc.batchUpdate("insert into task_list_audience (audience, task_id, process_key, task_key, created_at, "
				+ "due_key, search) values (?, ?, ?, ?, ?, ?, ?)", row.audiences().stream()
					.map(a -> new Object[] { a, row.taskId(), row.processKey(), row.taskKey(), time(row.created()),
							time(row.due() == null ? NO_DUE : row.due()), search })
					.toList());
		if (label == null && row.businessKey() != null) {
			labelAfterCommit(row.taskId());
		}
		changed();
	}

	/**
	 * @return a number that grows each time a transaction of this node that changed the read model ends, for
	 *         caches of what is read from it
	 */
	long changes() {
		return changes.get();
	}

	/** Counts a change once the current transaction ends (committed or not), or at once without one. */
	private void changed() {
		changes.incrementAndGet();
		if (TransactionSynchronizationManager.isSynchronizationActive()
				&& !TransactionSynchronizationManager.hasResource(changeKey)) {
			TransactionSynchronizationManager.bindResource(changeKey, Boolean.TRUE);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(changeKey);
					changes.incrementAndGet();
				}
			});
		}
	}

	/** Removes a completed or deleted task (in the caller's transaction, the engine's). */
	void remove(String taskId) {
		jdbc.update("delete from task_list_audience where task_id = ?", taskId);
		jdbc.update("delete from task_list_entry where task_id = ?", taskId);
		changed();
	}

	/**
	 * Makes the read model anew from the engine's open user tasks (those of process instances) and stores
	 * {@link #VERSION}, in the caller's transaction; their subjects are written once it commits.
	 * @return the number of tasks written
	 */
	int rebuild() {
		jdbc.update("delete from task_list_audience");
		jdbc.update("delete from task_list_entry");
		Map<String, Set<String>> groups = new HashMap<>();
		jdbc.query("select TASK_ID_, GROUP_ID_ from ACT_RU_IDENTITYLINK where TYPE_ = ? and GROUP_ID_ is not null "
				+ "and TASK_ID_ is not null", rs -> {
					groups.computeIfAbsent(rs.getString(1), k -> new LinkedHashSet<>()).add(rs.getString(2));
				}, IdentityLinkType.CANDIDATE);
		List<Row> rows = jdbc.query("select t.ID_, t.NAME_, t.DESCRIPTION_, t.TASK_DEF_KEY_, d.KEY_, t.PROC_INST_ID_, "
				+ "p.BUSINESS_KEY_, t.CREATE_TIME_, t.DUE_DATE_, t.ASSIGNEE_ from ACT_RU_TASK t "
				+ "join ACT_RE_PROCDEF d on d.ID_ = t.PROC_DEF_ID_ left join ACT_RU_EXECUTION p on p.ID_ = t.PROC_INST_ID_",
				(rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
						rs.getString(6), rs.getString(7), instant(rs, 8), instant(rs, 9), rs.getString(10),
						groups.getOrDefault(rs.getString(1), Set.of())));
		List<Object[]> entries = new ArrayList<>();
		List<Object[]> audiences = new ArrayList<>();
		List<String> labelled = new ArrayList<>();
		for (Row row : rows) {
			entries.add(new Object[] { row.taskId(), row.name(), row.description(), row.taskKey(), row.processKey(),
					row.processInstanceId(), row.businessKey(), time(row.created()), time(row.due()), row.assignee() });
			String search = search(row.name(), null, row.businessKey());
			for (String audience : row.audiences()) {
				audiences.add(new Object[] { audience, row.taskId(), row.processKey(), row.taskKey(),
						time(row.created()), time(row.due() == null ? NO_DUE : row.due()), search });
			}
			if (row.businessKey() != null) {
				labelled.add(row.taskId());
			}
		}
		jdbc.batchUpdate("insert into task_list_entry (task_id, name, description, task_key, process_key, "
				+ "process_instance_id, business_key, created_at, due_at, assignee) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", entries);
		jdbc.batchUpdate("insert into task_list_audience (audience, task_id, process_key, task_key, created_at, "
				+ "due_key, search) values (?, ?, ?, ?, ?, ?, ?)", audiences);
		jdbc.update("delete from task_list_state");
		jdbc.update("insert into task_list_state (id, version) values (1, ?)", VERSION);
		labelled.forEach(this::labelAfterCommit);
		changed();
		return rows.size();
	}

	/**
	 * @return true if the read model has the current {@link #VERSION} and holds exactly the engine's open
	 *         user tasks of process instances (the same ids, the same assignees)
	 */
	boolean matchesEngine() {
		List<Integer> version = jdbc.queryForList("select version from task_list_state where id = 1", Integer.class);
		if (version.size() != 1 || version.get(0) != VERSION) {
			return false;
		}
		Integer missing = jdbc.queryForObject("select count(*) from ACT_RU_TASK t join ACT_RE_PROCDEF d "
				+ "on d.ID_ = t.PROC_DEF_ID_ where not exists (select 1 from task_list_entry e where e.task_id = t.ID_ "
				+ "and (e.assignee = t.ASSIGNEE_ or (e.assignee is null and t.ASSIGNEE_ is null)))", Integer.class);
		Integer extra = jdbc.queryForObject("select count(*) from task_list_entry e "
				+ "where not exists (select 1 from ACT_RU_TASK t where t.ID_ = e.task_id)", Integer.class);
		return missing == 0 && extra == 0;
	}

	/** Writes the subjects of tasks that have none, after the current transaction commits (or at once without one). */
	private void labelAfterCommit(String taskId) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			label(List.of(taskId));
			return;
		}
		@SuppressWarnings("unchecked")
		Set<String> pending = (Set<String>) TransactionSynchronizationManager.getResource(this);
		if (pending == null) {
			Set<String> ids = new LinkedHashSet<>();
			TransactionSynchronizationManager.bindResource(this, ids);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(TaskListModel.this);
					if (status == STATUS_COMMITTED) {
						label(ids);
					}
				}
			});
			pending = ids;
		}
		pending.add(taskId);
	}

	/** Writes the subjects of these tasks in a transaction of its own; a failing lookup is logged and skipped. */
	void label(Collection<String> taskIds) {
		try {
			separate.executeWithoutResult(status -> {
				Map<String, String[]> keys = new LinkedHashMap<>();
				List<String> ids = List.copyOf(taskIds);
				for (int from = 0; from < ids.size(); from += 500) {
					List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
					jdbc.query("select task_id, process_key, business_key, name from task_list_entry where task_id in ("
							+ String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")", rs -> {
								keys.put(rs.getString(1), new String[] { rs.getString(2), rs.getString(3), rs.getString(4) });
							}, chunk.toArray());
				}
				Map<String, Map<String, Subject>> labels = describe(keys.values().stream().filter(k -> k[1] != null)
					.collect(Collectors.groupingBy(k -> k[0], Collectors.mapping(k -> k[1], Collectors.toSet()))));
				keys.forEach((id, k) -> {
					Subject subject = k[1] == null ? null : labels.getOrDefault(k[0], Map.of()).get(k[1]);
					if (subject != null) {
						jdbc.update("update task_list_entry set subject_label = ?, subject_link = ? where task_id = ?",
								cut(subject.stored(), 500), cut(subject.link(), 500), id);
						jdbc.update("update task_list_audience set search = ? where task_id = ?",
								search(k[2], subject.searchable(), k[1]), id);
					}
				});
			});
		}
		catch (RuntimeException e) {
			log.warn("Could not write what tasks {} concern for the task lists: {}", taskIds, e.toString());
		}
	}

	/** Asks each feature once for all its business keys; a feature that fails describes nothing. */
	Map<String, Map<String, Subject>> describe(Map<String, Set<String>> keysByProcess) {
		Map<String, Map<String, Subject>> result = new HashMap<>();
		keysByProcess.forEach((processKey, keys) -> {
			TaskSubjects describer = subjects().get(processKey);
			if (describer != null) {
				try {
					result.put(processKey, describer.describeAll(keys));
				}
				catch (RuntimeException e) {
					log.warn("Could not describe {} tasks of {}: {}", keys.size(), processKey, e.toString());
				}
			}
		});
		return result;
	}

	private Map<String, TaskSubjects> subjects() {
		Map<String, TaskSubjects> known = subjects;
		if (known == null) {
			known = subjectProviders.orderedStream()
				.collect(Collectors.toMap(TaskSubjects::processKey, Function.identity(), (a, b) -> a));
			subjects = known;
		}
		return known;
	}

	static String search(String name, String subject, String businessKey) {
		String text = String.join(" ", name == null ? "" : name, subject == null ? "" : subject,
				businessKey == null ? "" : businessKey).toLowerCase(Locale.ROOT);
		return cut(text, 1200);
	}

	private static String cut(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

	static OffsetDateTime time(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	static Instant instant(ResultSet rs, int column) throws SQLException {
		java.sql.Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}
}
