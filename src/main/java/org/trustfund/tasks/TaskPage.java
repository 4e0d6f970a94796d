package org.trustfund.tasks;

import org.springframework.modulith.NamedInterface;
import java.util.List;

/**
 * One page of a user's task list.
 *
 * @param tasks the page's tasks, in the filter's order
 * @param filter what was asked for
 * @param total the number of tasks matching the filter, all pages together
 * @param counts the whole list's counts per filter choice (whatever the filter)
 */
@NamedInterface("api")
public record TaskPage(List<TaskView> tasks, TaskFilter filter, long total, TaskCounts counts) {

	/** @return the number of pages, at least 1 */
	public long pages() {
		return Math.max(1, (total + filter.size() - 1) / filter.size());
	}

	public boolean hasNext() {
		return filter.page() < pages();
	}

	public boolean hasPrevious() {
		return filter.page() > 1;
	}
}
