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
