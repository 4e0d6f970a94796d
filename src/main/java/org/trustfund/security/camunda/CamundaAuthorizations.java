package org.trustfund.security.camunda;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.trustfund.setup.StartupStep;
import org.trustfund.security.RolePermissions;
import org.trustfund.users.Role;

/**
 * What each role may do in Camunda's webapps, from {@link RolePermissions}: the roles holding
 * {@code OPERATE_ENGINE} are Camunda admins and may do everything; the others holding {@code READ_ENGINE}
 * (fund managers) use Cockpit, read-only (process definitions, instances, history, decisions, deployments);
 * no other role gets any Camunda grant: reviewers, trustees, the chair and NGO members work in the
 * application's own pages. Idempotent: runs at every start, and takes back the Tasklist and "My tasks"
 * filter grants that earlier versions gave. Runs as a {@link StartupStep} under the start-up lock (Camunda's
 * unique key on group authorizations would fail a second node writing them at the same moment).
 */
@Component
@Order(0)
class CamundaAuthorizations implements StartupStep {

	private static final List<String> FORMER_TASKLIST_USERS = List.of(Role.FUND_MANAGER.groupId(),
			Role.REVIEWER.groupId(), Role.TRUSTEE.groupId(), Role.BOARD_CHAIR.groupId());

	private final AuthorizationService authorizations;

	CamundaAuthorizations(AuthorizationService authorizations) {
		this.authorizations = authorizations;
	}

	@Override
	public void run() {
		revokeFormerGrants();
		for (Role role : RolePermissions.rolesWith(org.trustfund.security.Permission.READ_ENGINE)) {
			if (!RolePermissions.of(role).contains(org.trustfund.security.Permission.OPERATE_ENGINE)) {
				grantCockpitReading(role.groupId());
			}
		}
	}

	/** Cockpit, read-only, for a role that reads the engine without operating it (Camunda admins need none). */
	private void grantCockpitReading(String group) {
		grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
		grant(group, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
				ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
				ProcessDefinitionPermissions.READ_TASK);
		grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
		grant(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
		grant(group, Resources.DEPLOYMENT, ANY, Permissions.READ);
	}

	/** Tasklist access and the read grants on filters (the "My tasks" filter) of earlier versions. */
	private void revokeFormerGrants() {
		for (String group : FORMER_TASKLIST_USERS) {
			authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(Resources.APPLICATION)
				.resourceId("tasklist").list().forEach(a -> authorizations.deleteAuthorization(a.getId()));
			authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(Resources.FILTER).list()
				.forEach(a -> authorizations.deleteAuthorization(a.getId()));
		}
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
