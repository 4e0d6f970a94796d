package org.trustfund.security.camunda;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.trustfund.setup.StartupStep;
import org.trustfund.users.Roles;

/**
 * What each role may see in Camunda's webapps (administrators are Camunda admins and see everything):
 * fund managers use Cockpit read-only and Tasklist; reviewers, trustees and the chair use Tasklist;
 * NGO members use only the application's own pages. Idempotent: runs at every start, as a {@link StartupStep}
 * under the start-up lock (Camunda's unique key on group authorizations would fail a second node writing them
 * at the same moment, and the "My tasks" filter has no unique key at all).
 */
@Component
@Order(0)
class CamundaAuthorizations implements StartupStep {

	static final String MY_TASKS_FILTER = "My tasks";

	private static final List<String> TASKLIST_USERS = List.of(Roles.FUND_MANAGER, Roles.REVIEWER, Roles.TRUSTEE,
			Roles.BOARD_CHAIR);

	private final AuthorizationService authorizations;
	private final FilterService filters;
	private final TaskService tasks;

	CamundaAuthorizations(AuthorizationService authorizations, FilterService filters, TaskService tasks) {
		this.authorizations = authorizations;
		this.filters = filters;
		this.tasks = tasks;
	}

	@Override
	public void run() {
		TASKLIST_USERS.forEach(group -> grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS));
		grant(Roles.FUND_MANAGER, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
		grant(Roles.FUND_MANAGER, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
				ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
				ProcessDefinitionPermissions.READ_TASK);
		grant(Roles.FUND_MANAGER, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
		grant(Roles.FUND_MANAGER, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
		grant(Roles.FUND_MANAGER, Resources.DEPLOYMENT, ANY, Permissions.READ);
		String filterId = myTasksFilter();
		TASKLIST_USERS.forEach(group -> grant(group, Resources.FILTER, filterId, Permissions.READ));
	}

	private String myTasksFilter() {
		Filter existing = filters.createFilterQuery().filterName(MY_TASKS_FILTER).singleResult();
		if (existing != null) {
			return existing.getId();
		}
		Filter filter = filters.newTaskFilter(MY_TASKS_FILTER)
			.setQuery(tasks.createTaskQuery().or().taskAssigneeExpression("${currentUser()}")
				.taskCandidateUserExpression("${currentUser()}").endOr())
			.setProperties(Map.of("description", "Tasks assigned to me or offered to my groups", "priority", -10));
		return filters.saveFilter(filter).getId();
	}

	private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
		boolean exists = authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(resource)
			.resourceId(resourceId).count() > 0;
		if (exists) {
			return;
		}
		Authorization auth = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
		auth.setGroupId(group);
		auth.setResource(resource);
		auth.setResourceId(resourceId);
		for (Permission permission : permissions) {
			auth.addPermission(permission);
		}
		authorizations.saveAuthorization(auth);
	}
}
