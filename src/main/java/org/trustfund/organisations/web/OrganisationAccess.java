package org.trustfund.organisations.web;

import org.springframework.security.access.AccessDeniedException;
import org.trustfund.security.AppUser;
import org.trustfund.users.Role;

/** Fund managers and administrators see every organisation; an NGO member only their own. */
final class OrganisationAccess {

	private OrganisationAccess() {
	}

	static void check(AppUser user, long organisationId) {
		if (user.hasRole(Role.FUND_MANAGER) || user.hasRole(Role.ADMIN)) {
			return;
		}
		if (user.organisationId() != null && user.organisationId() == organisationId) {
			return;
		}
		throw new AccessDeniedException("Not your organisation");
	}
}
