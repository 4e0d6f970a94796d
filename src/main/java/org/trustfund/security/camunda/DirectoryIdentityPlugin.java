package org.trustfund.security.camunda;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.plugin.AdministratorAuthorizationPlugin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.trustfund.security.Permission;
import org.trustfund.security.RolePermissions;
import org.trustfund.users.Role;

/**
 * Makes the application's user table Camunda's identity store (read-only, like Camunda's LDAP plugin),
 * and makes the administrators Camunda administrators.
 */
@Configuration
class DirectoryIdentityPlugin extends AbstractProcessEnginePlugin {

	private final UserDirectory directory;

	DirectoryIdentityPlugin(UserDirectory directory) {
		this.directory = directory;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setIdentityProviderSessionFactory(new SessionFactory() {
			@Override
			public Class<?> getSessionType() {
				return ReadOnlyIdentityProvider.class;
			}

			@Override
			public Session openSession() {
				return new DirectoryIdentityProvider(directory);
			}
		});
		// Camunda administrators: the groups of the roles that operate the engine (RolePermissions).
		configuration.setAdminGroups(new ArrayList<>(List.of(RolePermissions.groupsWith(Permission.OPERATE_ENGINE))));
		configuration.setUserResourceWhitelistPattern("[a-z0-9._]+");
	}

	/** Camunda's own plugin grants the administrators' group every permission on every resource. */
	@Bean
	static AdministratorAuthorizationPlugin administratorAuthorizations() {
		AdministratorAuthorizationPlugin plugin = new AdministratorAuthorizationPlugin();
		plugin.setAdministratorGroupName(Role.ADMIN.groupId());
		return plugin;
	}
}
