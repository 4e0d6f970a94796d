package org.trustfund.tasks;

import java.time.Instant;
import org.springframework.modulith.NamedInterface;
import org.trustfund.tasks.TaskSubjects.Subject;

/** A user task as the task list shows it. */
@NamedInterface("api")
public record TaskView(String id, String name, String description, String taskKey, String processKey,
		String businessKey, String processInstanceId, Subject subject, Instant created, Instant due,
		String assignee) {

	public boolean overdue(Instant now) {
		return due != null && due.isBefore(now);
	}
}
