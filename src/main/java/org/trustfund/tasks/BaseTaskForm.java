package org.trustfund.tasks;

import org.springframework.modulith.NamedInterface;

/**
 * A task form whose fields are the fragment named after the task in one template file per process,
 * e.g. {@code organisations/tasks :: verifyOrganisation}.
 */
@NamedInterface("spi")
public abstract class BaseTaskForm implements TaskForm {

	private final String processKey;
	private final String taskKey;
	private final String template;

	protected BaseTaskForm(String processKey, String taskKey, String template) {
		this.processKey = processKey;
		this.taskKey = taskKey;
		this.template = template;
	}

	@Override
	public String processKey() {
		return processKey;
	}

	@Override
	public String taskKey() {
		return taskKey;
	}

	@Override
	public String fragment() {
		return template + " :: " + taskKey;
	}
}
