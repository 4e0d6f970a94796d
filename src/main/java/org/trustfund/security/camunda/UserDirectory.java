package org.trustfund.security.camunda;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.stereotype.Component;
import org.trustfund.users.Role;
import org.trustfund.security.Permission;
import org.trustfund.security.RolePermissions;
import org.trustfund.users.UserAccount;
import org.trustfund.users.UserAccounts;

/**
 * Maps the application's users to Camunda users and groups. Every role is a group (its id is the role's
 * group id), and every organisation with members is a group {@code org<id>}, so that NGO tasks can be
 * offered to one organisation only. Disabled users do not exist for Camunda.
 */
@Component
class UserDirectory {

	private final UserAccounts accounts;

	UserDirectory(UserAccounts accounts) {
		this.accounts = accounts;
	}

	Optional<User> user(String userId) {
		return enabled(userId).map(UserDirectory::toUser);
	}

	List<User> users() {
		return accounts.findAllByOrderByUsername().stream().filter(UserAccount::isEnabled).map(UserDirectory::toUser)
			.toList();
	}

	List<User> membersOf(String groupId) {
		return accounts.findAllByOrderByUsername().stream().filter(UserAccount::isEnabled)
			.filter(a -> groupIdsOf(a).contains(groupId)).map(UserDirectory::toUser).toList();
	}

	Optional<Group> group(String groupId) {
		return groups().stream().filter(g -> g.getId().equals(groupId)).findFirst();
	}

	List<Group> groups() {
		List<Group> groups = new ArrayList<>(Arrays.stream(Role.values()).map(UserDirectory::toGroup).toList());
		accounts.findAllByOrderByUsername().stream().map(UserAccount::getOrganisationId).filter(Objects::nonNull)
			.distinct().sorted().forEach(id -> groups.add(organisationGroup(id)));
		return groups;
	}

	List<Group> groupsOf(String userId) {
		return enabled(userId).map(a -> groups().stream().filter(g -> groupIdsOf(a).contains(g.getId())).toList())
			.orElse(List.of());
	}

	private Optional<UserAccount> enabled(String userId) {
		return userId == null ? Optional.empty() : accounts.findById(userId).filter(UserAccount::isEnabled);
	}

	private static List<String> groupIdsOf(UserAccount account) {
		List<String> ids = new ArrayList<>(account.getRoles().stream().map(Role::groupId).toList());
		if (account.getOrganisationId() != null) {
			ids.add(Role.organisationGroup(account.getOrganisationId()));
		}
		return ids;
	}

	private static User toUser(UserAccount account) {
		UserEntity user = new UserEntity(account.getUsername());
		user.setFirstName(account.getDisplayName());
		user.setLastName("");
		user.setEmail(account.getEmail());
		return user;
	}

	private static Group toGroup(Role role) {
		GroupEntity group = new GroupEntity(role.groupId());
		group.setName(role.label());
		group.setType(RolePermissions.of(role).contains(Permission.OPERATE_ENGINE) ? "SYSTEM" : "WORKFLOW");
		return group;
	}

	private static Group organisationGroup(long organisationId) {
		GroupEntity group = new GroupEntity(Role.organisationGroup(organisationId));
		group.setName("Members of organisation " + organisationId);
		group.setType("ORGANISATION");
		return group;
	}
}
