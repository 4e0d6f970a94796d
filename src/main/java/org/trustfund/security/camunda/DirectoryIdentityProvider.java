package org.trustfund.security.camunda;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.NativeUserQuery;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Camunda's view of our users: read-only, answered from the application's user table through
 * {@link UserDirectory}. Users and roles are managed in the application, never in Camunda Admin.
 */
class DirectoryIdentityProvider implements ReadOnlyIdentityProvider {

	private final UserDirectory directory;

	DirectoryIdentityProvider(UserDirectory directory) {
		this.directory = directory;
	}

	@Override
	public User findUserById(String userId) {
		return directory.user(userId).orElse(null);
	}

	@Override
	public UserQuery createUserQuery() {
		return new DirectoryUserQuery(directory, Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
	}

	@Override
	public UserQuery createUserQuery(CommandContext commandContext) {
		return new DirectoryUserQuery(directory, null);
	}

	@Override
	public NativeUserQuery createNativeUserQuery() {
		throw new BadUserRequestException("Native user queries are not supported: users live in the application");
	}

	@Override
	public boolean checkPassword(String userId, String password) {
		return directory.checkPassword(userId, password);
	}

	@Override
	public Group findGroupById(String groupId) {
		return directory.group(groupId).orElse(null);
	}

	@Override
	public GroupQuery createGroupQuery() {
		return new DirectoryGroupQuery(directory, Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
	}

	@Override
	public GroupQuery createGroupQuery(CommandContext commandContext) {
		return new DirectoryGroupQuery(directory, null);
	}

	@Override
	public Tenant findTenantById(String tenantId) {
		return null;
	}

	@Override
	public TenantQuery createTenantQuery() {
		return new NoTenantQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
	}

	@Override
	public TenantQuery createTenantQuery(CommandContext commandContext) {
		return new NoTenantQuery(null);
	}

	@Override
	public void flush() {
	}

	@Override
	public void close() {
	}
}
