package org.trustfund.security.camunda;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/**
 * Filters the application's users in memory: a fund has tens or hundreds of users, not millions. A
 * Camunda caller who is not an administrator finds only themself (see
 * {@link DirectoryIdentityProvider#onlyVisibleUser}).
 */
class DirectoryUserQuery extends UserQueryImpl {

	private final transient UserDirectory directory;

	DirectoryUserQuery(UserDirectory directory, CommandExecutor executor) {
		super(executor);
		this.directory = directory;
	}

	@Override
	public long executeCount(CommandContext commandContext) {
		return matches(commandContext).count();
	}

	@Override
	public List<User> executeList(CommandContext commandContext, Page page) {
		return DirectoryQueries.sortedPage(matches(commandContext), User::getId, page);
	}

	private Stream<User> matches(CommandContext commandContext) {
		if (DirectoryQueries.asksForDefinitionOrTenant(procDefId, tenantId)) {
			return Stream.empty();
		}
		String visible = DirectoryIdentityProvider.onlyVisibleUser(commandContext);
		Stream<User> users = groupId != null ? directory.membersOf(groupId).stream() : directory.users().stream();
		return users.filter(u -> visible == null || visible.equals(u.getId()))
			.filter(u -> id == null || id.equals(u.getId()))
			.filter(u -> ids == null || Arrays.asList(ids).contains(u.getId()))
			.filter(u -> firstName == null || firstName.equals(u.getFirstName()))
			.filter(u -> lastName == null || lastName.equals(u.getLastName()))
			.filter(u -> email == null || email.equals(u.getEmail()))
			.filter(u -> Like.matches(firstNameLike, u.getFirstName()))
			.filter(u -> Like.matches(lastNameLike, u.getLastName()))
			.filter(u -> Like.matches(emailLike, u.getEmail()));
	}
}
