package org.trustfund.home;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import org.trustfund.security.AppUser;
import org.trustfund.tasks.TaskCounts;
import org.trustfund.tasks.TaskFilter;
import org.trustfund.tasks.TaskListService;
import org.trustfund.tasks.TaskView;

/** A user's open tasks as the task list ({@code /tasks}) counts and orders them, through its own service. */
@Component
class TaskFigures {

	/** At most this many tasks of one kind are listed on the home page. */
	static final int LISTED = 10;

	/**
	 * One kind of task in the user's list.
	 * @param process the process key, {@code kind} the task key (the task list's filters)
	 * @param open tasks of this kind; {@code overdue} those of them due before now
	 */
	record Kind(String process, String kind, long open, long overdue) {
	}

	/** Open tasks of some kinds, soonest due first, and how many there are. */
	record Due(List<TaskView> tasks, long total) {
	}

	private final TaskListService tasks;

	TaskFigures(TaskListService tasks) {
		this.tasks = tasks;
	}

	/** @return each kind of task in {@code user}'s list, those with overdue tasks first (most overdue first) */
	List<Kind> kinds(AppUser user) {
		TaskCounts counts = tasks.list(user, filter(null, null, null, 1)).counts();
		return counts.kinds().stream()
			.map(c -> new Kind(c.process(), c.kind(), c.count(), counts.overdue() == 0 ? 0
					: tasks.list(user, filter(c.process(), c.kind(), TaskFilter.Due.OVERDUE, 1)).total()))
			.sorted(Comparator.comparingLong(Kind::overdue).reversed().thenComparing(
					Comparator.comparingLong(Kind::open).reversed()))
			.toList();
	}

	/** @return {@code user}'s open tasks of {@code kind} in {@code process}, soonest due first */
	Due of(AppUser user, String process, String kind) {
		var page = tasks.list(user, filter(process, kind, null, LISTED));
		return new Due(page.tasks(), page.total());
	}

	private static TaskFilter filter(String process, String kind, TaskFilter.Due due, int size) {
		return new TaskFilter(1, size, process, kind, due, null, null, TaskFilter.Sort.DUE);
	}
}
