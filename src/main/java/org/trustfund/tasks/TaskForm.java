package org.trustfund.tasks;

import java.util.Map;
import org.springframework.modulith.NamedInterface;
import org.trustfund.security.AppUser;

/**
 * A feature's form for one kind of user task: what the page shows, and how the submitted fields become
 * process variables. Each feature registers its forms as Spring beans.
 */
@NamedInterface("spi")
public interface TaskForm {

	/** The BPMN process key, e.g. {@code organisationOnboarding}. */
	String processKey();

	/** The user task's id in the BPMN file, e.g. {@code verifyOrganisation}. */
	String taskKey();

	/** The Thymeleaf fragment with the form's fields, e.g. {@code organisations/tasks :: verifyOrganisation}. */
	String fragment();

	/** What the fragment shows besides the fields (the organisation, the proposal...). */
	Map<String, Object> model(TaskView task);

	/**
	 * Checks the submitted fields and returns the variables to complete the task with.
	 * @throws org.trustfund.shared.ValidationException with a message per invalid field; the task stays open
	 */
	Map<String, Object> variables(TaskView task, Map<String, String> fields, AppUser user);
}
