package org.trustfund.tasks;

import org.springframework.modulith.NamedInterface;
import java.util.List;

/**
 * How many tasks a user's list holds, per filter choice (the same for every page and filter).
 *
 * @param total every task of the list
 * @param mine claimed by the user
 * @param offered unclaimed, offered to one of the user's groups
 * @param overdue due before now (UTC)
 * @param dated with a due date
 * @param processes per process key, most first
 * @param kinds per kind of task (task key within its process), most first
 */
@NamedInterface("api")
public record TaskCounts(long total, long mine, long offered, long overdue, long dated, List<Count> processes,
		List<Count> kinds) {

	/** @return tasks without a due date */
	public long undated() {
		return total - dated;
	}

	/**
	 * One choice and its number of tasks.
	 * @param process process key
	 * @param kind task key, or null in the per-process counts
	 * @param count tasks
	 */
	@NamedInterface("api")
	public record Count(String process, String kind, long count) {
	}
}
