package org.trustfund.security;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.trustfund.users.Role;
import org.trustfund.users.Roles;
import org.trustfund.users.UserAccount;

/** The logged-in user: Spring Security's principal, with the organisation an NGO member acts for. */
public class AppUser extends User {

	private final String displayName;
	private final Long organisationId;

	AppUser(UserAccount account) {
		super(account.getUsername(), account.getPasswordHash(), account.isEnabled(), true, true, true,
				authorities(account));
		this.displayName = account.getDisplayName();
		this.organisationId = account.getOrganisationId();
	}

	private AppUser(String username, String passwordHash, boolean enabled, Collection<GrantedAuthority> authorities,
			String displayName, Long organisationId) {
		super(username, passwordHash, enabled, true, true, true, authorities);
		this.displayName = displayName;
		this.organisationId = organisationId;
	}

	/**
	 * The same user as a login loads, from columns read without JPA (a personal API token's owner, read with
	 * the token in one query).
	 * @param organisationId the organisation of an NGO member, else null
	 */
	public static AppUser of(String username, String displayName, String passwordHash, boolean enabled,
			Long organisationId, Collection<Role> roles) {
		return new AppUser(username, passwordHash, enabled, roles.stream().map(Role::authority)
			.<GrantedAuthority>map(SimpleGrantedAuthority::new).toList(), displayName, organisationId);
	}

	private static Collection<GrantedAuthority> authorities(UserAccount account) {
		return account.getRoles().stream().map(Role::authority).<GrantedAuthority>map(SimpleGrantedAuthority::new)
				.toList();
	}

	public String displayName() {
		return displayName;
	}

	public Long organisationId() {
		return organisationId;
	}

	public boolean hasRole(Role role) {
		return getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role.authority()));
	}

	/** The Camunda groups of this user: one per role, and the organisation's group for NGO members. */
	public List<String> groups() {
		List<String> roles = getAuthorities().stream().map(a -> a.getAuthority().substring("ROLE_".length())).toList();
		if (organisationId == null) {
			return roles;
		}
		return Stream.concat(roles.stream(), Stream.of(Roles.organisationGroup(organisationId))).toList();
	}
}
