package org.trustfund.tasks;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.trustfund.setup.StartupStep;

/**
 * At start, under the start-up lock: rebuilds the task lists' read model from the engine when it is missing
 * (a database from before it), of another format version, or does not hold exactly the engine's open tasks
 * (tasks changed by a node of an older version, or by hand). Runs before the other start-up steps.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class TaskListRebuild implements StartupStep {

	private static final Logger log = LoggerFactory.getLogger(TaskListRebuild.class);

	private final TaskListModel model;

	TaskListRebuild(TaskListModel model) {
		this.model = model;
	}

	@Override
	public void run() {
		if (!model.matchesEngine()) {
			long started = System.nanoTime();
			int tasks = model.rebuild();
			log.info("Task lists rebuilt from the engine: {} open tasks in {} ms", tasks,
					(System.nanoTime() - started) / 1_000_000);
		}
	}
}
