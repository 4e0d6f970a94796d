package org.trustfund.tasks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.trustfund.security.AppUser;
import org.trustfund.tasks.TaskCounts.Count;
import org.trustfund.tasks.TaskFilter.Scope;
import org.trustfund.tasks.TaskSubjects.Subject;

/**
 * Reads task lists from the read model ({@link TaskListModel}). A user's list is the union of their
 * audiences: {@code u:<username>} (tasks they claimed) and {@code g:<group>} per group (unclaimed tasks
 * offered to it); the two never hold the same task. A page is read per audience from an index range in the
 * filter's order ({@code limit offset + size}), then merged: the cost grows with the page's depth and the
 * number of the user's groups, not with the number of open tasks. Counts read the audiences' index entries;
 * those of a set of groups (shared by all its members) are reused for a few seconds unless the model changed.
 */
@Component
class TaskListReader {

	private final JdbcTemplate jdbc;
	private final TaskListModel model;
	private final Clock clock;
	private final Duration countsTtl;
	private final Map<List<String>, GroupCounts> groupCounts = new ConcurrentHashMap<>();

	/**
	 * @param countsTtl how long the counts of the tasks offered to a set of groups are reused
	 *        ({@code trustfund.tasks.group-counts-ttl}, default 10 s); a change of the read model on this node
	 *        ends them at once, so only another node's changes can take this long to show in the counts
	 */
	TaskListReader(JdbcTemplate jdbc, TaskListModel model, Clock clock,
			@Value("${trustfund.tasks.group-counts-ttl:PT10S}") Duration countsTtl) {
		this.jdbc = jdbc;
		this.model = model;
		this.clock = clock;
		this.countsTtl = countsTtl;
	}

	/** The per-kind counts of the tasks offered to a set of groups, as read at {@code at} after {@code changes}. */
	private record GroupCounts(Instant at, long changes, List<long[]> sums, List<List<String>> kinds) {
	}

	/** Filters and order of one query, with their parameters. */
	private record Where(String sql, List<Object> params) {
	}

	TaskPage page(AppUser user, TaskFilter filter) {
		Instant now = clock.instant();
		TaskCounts counts = counts(user, now);
		long total = filter.countedByKind() ? countedByKind(user, filter, counts) : count(user, filter, now);
		List<String> ids = total <= filter.offset() ? List.of() : ids(user, filter, now);
		return new TaskPage(views(ids), filter, total, counts);
	}

	private List<String> audiences(AppUser user, Scope scope) {
		List<String> audiences = new ArrayList<>();
		if (scope != Scope.OFFERED) {
			audiences.add(TaskListModel.userAudience(user.getUsername()));
		}
		if (scope != Scope.MINE) {
			user.groups().stream().distinct().map(TaskListModel::groupAudience).forEach(audiences::add);
		}
		return audiences;
	}

	private Where where(TaskFilter filter, Instant now) {
		StringBuilder sql = new StringBuilder();
		List<Object> params = new ArrayList<>();
		if (filter.process() != null) {
			sql.append(" and process_key = ?");
			params.add(filter.process());
		}
		if (filter.kind() != null) {
			sql.append(" and task_key = ?");
			params.add(filter.kind());
		}
		if (filter.due() != null) {
			switch (filter.due()) {
				case OVERDUE -> {
					sql.append(" and due_key < ?");
					params.add(TaskListModel.time(now));
				}
				case DATED -> {
					sql.append(" and due_key < ?");
					params.add(TaskListModel.time(TaskListModel.NO_DUE));
				}
				case UNDATED -> {
					sql.append(" and due_key = ?");
					params.add(TaskListModel.time(TaskListModel.NO_DUE));
				}
			}
		}
		if (filter.q() != null) {
			sql.append(" and search like ? escape '\\'");
			params.add("%" + filter.q().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
				.replace("_", "\\_") + "%");
		}
		return new Where(sql.toString(), params);
	}

	/**
	 * The order of one audience's range, naming the index's leading columns too (fixed by the filter, so no
	 * change of order): H2 reads an index in order only when the ORDER BY starts with its first column.
	 */
	private static String order(TaskFilter filter) {
		boolean byKind = filter.process() != null && filter.kind() != null;
		return switch (filter.sort()) {
			case NEWEST -> byKind ? " order by audience desc, process_key desc, task_key desc, created_at desc, task_id desc"
					: " order by audience desc, created_at desc, task_id desc";
			case OLDEST -> byKind ? " order by audience, process_key, task_key, created_at, task_id"
					: " order by audience, created_at, task_id";
			case DUE -> " order by audience, due_key, task_id";
		};
	}

	/**
	 * The page's task ids: per audience one read of an index range in the filter's order (at most
	 * {@code offset + size} rows), merged here; a task offered to two of the user's groups counts once. A
	 * database merges such ranges badly (a union of ordered, limited subqueries made H2 sort every row).
	 */
	private List<String> ids(AppUser user, TaskFilter filter, Instant now) {
		Where where = where(filter, now);
		long needed = filter.offset() + filter.size();
		List<Ranked> all = new ArrayList<>();
		for (String audience : audiences(user, filter.scope())) {
			List<Object> params = new ArrayList<>();
			params.add(audience);
			params.addAll(where.params());
			params.add(needed);
			all.addAll(jdbc.query("select task_id, created_at, due_key from task_list_audience where audience = ?"
					+ where.sql() + order(filter) + " limit ?", (rs, n) -> new Ranked(rs.getString(1),
							TaskListModel.instant(rs, 2), TaskListModel.instant(rs, 3)), params.toArray()));
		}
		Comparator<Ranked> order = switch (filter.sort()) {
			case NEWEST -> Comparator.comparing(Ranked::created).thenComparing(Ranked::id).reversed();
			case OLDEST -> Comparator.comparing(Ranked::created).thenComparing(Ranked::id);
			case DUE -> Comparator.comparing(Ranked::due).thenComparing(Ranked::id);
		};
		return all.stream().sorted(order).map(Ranked::id).distinct().skip(filter.offset()).limit(filter.size())
			.toList();
	}

	/** A task id with what pages are ordered by. */
	private record Ranked(String id, Instant created, Instant due) {
	}

	/** The number of tasks matching a filter with a due date or a search (read from the index ranges). */
	private long count(AppUser user, TaskFilter filter, Instant now) {
		Where where = where(filter, now);
		long total = 0;
		if (filter.scope() != Scope.OFFERED) {
			List<Object> params = new ArrayList<>();
			params.add(TaskListModel.userAudience(user.getUsername()));
			params.addAll(where.params());
			total += jdbc.queryForObject("select count(*) from task_list_audience where audience = ?" + where.sql(),
					Long.class, params.toArray());
		}
		List<String> groups = audiences(user, Scope.OFFERED);
		if (filter.scope() != Scope.MINE && !groups.isEmpty()) {
			List<Object> params = new ArrayList<>(groups);
			params.addAll(where.params());
			total += jdbc.queryForObject("select " + (groups.size() == 1 ? "count(*)" : "count(distinct task_id)")
					+ " from task_list_audience where audience in (" + marks(groups.size()) + ")" + where.sql(),
					Long.class, params.toArray());
		}
		return total;
	}

	private long countedByKind(AppUser user, TaskFilter filter, TaskCounts counts) {
		if (filter.process() == null && filter.kind() == null) {
			return filter.scope() == null ? counts.total() : filter.scope() == Scope.MINE ? counts.mine()
					: counts.offered();
		}
		if (filter.scope() != null) {
			return count(user, filter, clock.instant());
		}
		return counts.kinds().stream()
			.filter(c -> filter.process() == null || filter.process().equals(c.process()))
			.filter(c -> filter.kind() == null || filter.kind().equals(c.kind()))
			.mapToLong(Count::count).sum();
	}

	/** The list's counts: one grouped read of the user's claimed tasks, one of those offered to their groups. */
	TaskCounts counts(AppUser user, Instant now) {
		Map<List<String>, long[]> byKind = new LinkedHashMap<>();
		long[] mine = { 0 };
		long[] offered = { 0 };
		Object nowTime = TaskListModel.time(now);
		Object noDue = TaskListModel.time(TaskListModel.NO_DUE);
		jdbc.query("select process_key, task_key, count(*), sum(case when due_key < ? then 1 else 0 end), "
				+ "sum(case when due_key < ? then 1 else 0 end) from task_list_audience where audience = ? "
				+ "group by process_key, task_key", rs -> {
					add(byKind, rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5));
					mine[0] += rs.getLong(3);
				}, nowTime, noDue, TaskListModel.userAudience(user.getUsername()));
		List<String> groups = audiences(user, Scope.OFFERED);
		if (!groups.isEmpty()) {
			GroupCounts shared = groupCounts(groups, now);
			for (int i = 0; i < shared.kinds().size(); i++) {
				long[] v = shared.sums().get(i);
				add(byKind, shared.kinds().get(i).get(0), shared.kinds().get(i).get(1), v[0], v[1], v[2]);
				offered[0] += v[0];
			}
		}
		long overdue = byKind.values().stream().mapToLong(v -> v[1]).sum();
		long dated = byKind.values().stream().mapToLong(v -> v[2]).sum();
		Map<String, Long> byProcess = new HashMap<>();
		byKind.forEach((k, v) -> byProcess.merge(k.get(0), v[0], Long::sum));
		Comparator<Count> most = Comparator.comparingLong(Count::count).reversed()
			.thenComparing(Count::process).thenComparing(c -> c.kind() == null ? "" : c.kind());
		List<Count> processes = byProcess.entrySet().stream().map(e -> new Count(e.getKey(), null, e.getValue()))
			.sorted(most).toList();
		List<Count> kinds = byKind.entrySet().stream()
			.map(e -> new Count(e.getKey().get(0), e.getKey().get(1), e.getValue()[0])).sorted(most).toList();
		return new TaskCounts(mine[0] + offered[0], mine[0], offered[0], overdue, dated, processes, kinds);
	}

	/**
	 * The counts of the tasks offered to these groups: the whole group's tasks, the same for every member (all
	 * fund managers share one), so read once and reused for {@code countsTtl} unless the read model changed.
	 * Overdue is as of the moment they were read.
	 */
	private GroupCounts groupCounts(List<String> groups, Instant now) {
		List<String> key = groups.stream().sorted().toList();
		long changes = model.changes();
		GroupCounts cached = groupCounts.get(key);
		if (cached != null && cached.changes() == changes && !now.isAfter(cached.at().plus(countsTtl))
				&& !now.isBefore(cached.at())) {
			return cached;
		}
		String counted = groups.size() == 1
				? "count(*), sum(case when due_key < ? then 1 else 0 end), sum(case when due_key < ? then 1 else 0 end)"
				: "count(distinct task_id), count(distinct case when due_key < ? then task_id end), "
						+ "count(distinct case when due_key < ? then task_id end)";
		List<Object> params = new ArrayList<>(List.of(TaskListModel.time(now), TaskListModel.time(TaskListModel.NO_DUE)));
		params.addAll(key);
		List<long[]> sums = new ArrayList<>();
		List<List<String>> kinds = new ArrayList<>();
		jdbc.query("select process_key, task_key, " + counted + " from task_list_audience where audience in ("
				+ marks(key.size()) + ") group by process_key, task_key", rs -> {
					kinds.add(List.of(rs.getString(1), rs.getString(2)));
					sums.add(new long[] { rs.getLong(3), rs.getLong(4), rs.getLong(5) });
				}, params.toArray());
		GroupCounts fresh = new GroupCounts(now, changes, sums, kinds);
		if (groupCounts.size() > 10_000) {
			groupCounts.clear();
		}
		groupCounts.put(key, fresh);
		return fresh;
	}

	private static void add(Map<List<String>, long[]> byKind, String process, String kind, long count, long overdue,
			long dated) {
		long[] sums = byKind.computeIfAbsent(List.of(process, kind), k -> new long[3]);
		sums[0] += count;
		sums[1] += overdue;
		sums[2] += dated;
	}

	/**
	 * The page's tasks in the given order. Only tasks that the engine still holds as open and active are
	 * shown (a suspended process instance's tasks are not listed, as before the read model).
	 */
	private List<TaskView> views(List<String> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<String, TaskView> found = new HashMap<>();
		Map<String, Set<String>> unlabelled = new HashMap<>();
		Set<String> unlabelledIds = new java.util.HashSet<>();
		jdbc.query("select e.task_id, e.name, e.description, e.task_key, e.process_key, e.business_key, "
				+ "e.process_instance_id, e.subject_label, e.subject_link, e.created_at, e.due_at, e.assignee "
				+ "from task_list_entry e join ACT_RU_TASK t on t.ID_ = e.task_id "
				+ "where t.SUSPENSION_STATE_ = 1 and e.task_id in (" + marks(ids.size()) + ")", rs -> {
					String label = rs.getString(8);
					String businessKey = rs.getString(6);
					Subject subject = label == null ? Subject.unknown(businessKey) : new Subject(label, rs.getString(9));
					if (label == null && businessKey != null) {
						unlabelled.computeIfAbsent(rs.getString(5), k -> new java.util.HashSet<>()).add(businessKey);
						unlabelledIds.add(rs.getString(1));
					}
					found.put(rs.getString(1), new TaskView(rs.getString(1), rs.getString(2), rs.getString(3),
							rs.getString(4), rs.getString(5), businessKey, rs.getString(7), subject,
							TaskListModel.instant(rs, 10), TaskListModel.instant(rs, 11), rs.getString(12)));
				}, ids.toArray());
		if (!unlabelled.isEmpty()) {
			// Not labelled yet (its transaction committed a moment ago) or its feature failed: ask the feature now.
			Map<String, Map<String, Subject>> labels = model.describe(unlabelled);
			found.replaceAll((id, v) -> unlabelledIds.contains(id)
					&& labels.getOrDefault(v.processKey(), Map.of()).containsKey(v.businessKey())
							? withSubject(v, labels.get(v.processKey()).get(v.businessKey())) : v);
		}
		return ids.stream().map(found::get).filter(v -> v != null).toList();
	}

	private static TaskView withSubject(TaskView v, Subject subject) {
		return new TaskView(v.id(), v.name(), v.description(), v.taskKey(), v.processKey(), v.businessKey(),
				v.processInstanceId(), subject, v.created(), v.due(), v.assignee());
	}

	private static String marks(int n) {
		return String.join(", ", Collections.nCopies(n, "?"));
	}
}
