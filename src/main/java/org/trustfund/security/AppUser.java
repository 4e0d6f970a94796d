package org.trustfund.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.trustfund.users.Role;
import org.trustfund.users.UserAccount;

/**
 * The logged-in user: Spring Security's principal, with the organisation an NGO member acts for. Its
 * authorities are each role ({@code ROLE_<groupId>}) and each permission of those roles ({@link Permission},
 * from {@link RolePermissions}), whichever way the user logged in: form, HTTP Basic or API token.
 */
@NamedInterface("api")
public class AppUser extends User {

	private final String displayName;
	private final Long organisationId;
	private final Set<Role> roles;

	AppUser(UserAccount account) {
		this(account.getUsername(), account.getPasswordHash(), account.isEnabled(), account.getRoles(),
				account.getDisplayName(), account.getOrganisationId());
	}

	private AppUser(String username, String passwordHash, boolean enabled, Collection<Role> roles,
			String displayName, Long organisationId) {
		super(username, passwordHash, enabled, true, true, true, authorities(roles));
		this.displayName = displayName;
		this.organisationId = organisationId;
		this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
	}

	/**
	 * The same user as a login loads, from columns read without JPA (a personal API token's owner, read with
	 * the token in one query).
	 * @param organisationId the organisation of an NGO member, else null
	 */
	public static AppUser of(String username, String displayName, String passwordHash, boolean enabled,
			Long organisationId, Collection<Role> roles) {
		return new AppUser(username, passwordHash, enabled, roles, displayName, organisationId);
	}

	/** @return one authority per role and one per permission of those roles */
	static List<GrantedAuthority> authorities(Collection<Role> roles) {
		return Stream.concat(roles.stream().map(Role::authority),
				RolePermissions.of(roles).stream().map(Permission::authority))
			.<GrantedAuthority>map(SimpleGrantedAuthority::new).toList();
	}

	public String displayName() {
		return displayName;
	}

	public Long organisationId() {
		return organisationId;
	}

	/** @return whether this user holds {@code role}; for addressing by role only: access asks {@link #can} */
	public boolean hasRole(Role role) {
		return roles.contains(role);
	}

	/** @return whether one of this user's roles grants {@code permission} ({@link RolePermissions}) */
	public boolean can(Permission permission) {
		return RolePermissions.of(roles).contains(permission);
	}

	/** The Camunda groups of this user: one per role, and the organisation's group for NGO members. */
	public List<String> groups() {
		List<String> groups = roles.stream().map(Role::groupId).toList();
		if (organisationId == null) {
			return groups;
		}
		return Stream.concat(groups.stream(), Stream.of(Role.organisationGroup(organisationId))).toList();
	}
}
