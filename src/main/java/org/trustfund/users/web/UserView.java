package org.trustfund.users.web;

import java.util.Set;
import org.trustfund.users.Role;
import org.trustfund.users.UserAccount;

/** A user as the API shows it: never the password hash. */
record UserView(String username, String displayName, String email, Set<Role> roles, Long organisationId,
		boolean enabled) {

	static UserView of(UserAccount u) {
		return new UserView(u.getUsername(), u.getDisplayName(), u.getEmail(), u.getRoles(), u.getOrganisationId(),
				u.isEnabled());
	}
}
