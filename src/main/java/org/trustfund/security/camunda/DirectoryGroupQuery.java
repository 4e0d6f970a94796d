package org.trustfund.security.camunda;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/**
 * Groups are the roles plus one group per organisation; see {@link UserDirectory}. A Camunda caller who
 * is not an administrator finds only their own groups (see {@link DirectoryIdentityProvider#onlyVisibleUser}).
 */
class DirectoryGroupQuery extends GroupQueryImpl {

	private final transient UserDirectory directory;

	DirectoryGroupQuery(UserDirectory directory, CommandExecutor executor) {
		super(executor);
		this.directory = directory;
	}

	@Override
	public long executeCount(CommandContext commandContext) {
		return matches(commandContext).count();
	}

	@Override
	public List<Group> executeList(CommandContext commandContext, Page page) {
		return DirectoryQueries.sortedPage(matches(commandContext), Group::getId, page);
	}

	private Stream<Group> matches(CommandContext commandContext) {
		if (DirectoryQueries.asksForDefinitionOrTenant(procDefId, tenantId)) {
			return Stream.empty();
		}
		String visible = DirectoryIdentityProvider.onlyVisibleUser(commandContext);
		if (visible != null && userId != null && !visible.equals(userId)) {
			return Stream.empty();
		}
		String member = visible != null ? visible : userId;
		Stream<Group> groups = member != null ? directory.groupsOf(member).stream() : directory.groups().stream();
		return groups.filter(g -> id == null || id.equals(g.getId()))
			.filter(g -> ids == null || Arrays.asList(ids).contains(g.getId()))
			.filter(g -> name == null || name.equals(g.getName()))
			.filter(g -> type == null || type.equals(g.getType()))
			.filter(g -> Like.matches(nameLike, g.getName()));
	}
}
