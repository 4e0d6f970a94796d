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
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Camunda's view of our users: read-only, answered from the application's user table through
 * {@link UserDirectory}. Users and roles are managed in the application, never in Camunda Admin.
 * <p>
 * The directory (names, e-mails, memberships) is for administrators: while a Camunda authentication of
 * anyone else is set (Camunda's REST API and webapps set one; see {@link #onlyVisibleUser}), user
 * lookups and queries find only that user, and group lookups and queries only that user's groups,
 * which is all the webapps need for the user's own profile.
 */
class DirectoryIdentityProvider implements ReadOnlyIdentityProvider {

	private final UserDirectory directory;

	DirectoryIdentityProvider(UserDirectory directory) {
		this.directory = directory;
	}

	/**
	 * The one user whom the current Camunda caller may see, or {@code null} if the caller may see
	 * everyone: the application itself (no Camunda authentication) and Camunda administrators.
	 *
	 * @param commandContext the running command's context, or {@code null} to take the thread's
	 * @return a username; the empty string if the authentication names no user (then nobody is visible)
	 */
	static String onlyVisibleUser(CommandContext commandContext) {
		CommandContext context = commandContext != null ? commandContext : Context.getCommandContext();
		Authentication authentication = context == null ? null : context.getAuthentication();
		if (authentication == null || context.getAuthorizationManager().isCamundaAdmin(authentication)) {
			return null;
		}
		return authentication.getUserId() == null ? "" : authentication.getUserId();
	}

	@Override
	public User findUserById(String userId) {
		String visible = onlyVisibleUser(null);
		if (visible != null && !visible.equals(userId)) {
			return null;
		}
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

	/**
	 * Always {@code false}: passwords are checked only by the application's log-in (Spring Security), which
	 * throttles failed attempts and logs them. Camunda's own checks ({@code POST /engine-rest/identity/verify},
	 * its login form, unused behind the application's login) would be an unthrottled way to guess passwords.
	 */
	@Override
	public boolean checkPassword(String userId, String password) {
		return false;
	}

	@Override
	public Group findGroupById(String groupId) {
		String visible = onlyVisibleUser(null);
		if (visible != null) {
			return directory.groupsOf(visible).stream().filter(g -> g.getId().equals(groupId)).findFirst().orElse(null);
		}
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
