package org.trustfund.organisations.web;

import org.springframework.security.access.AccessDeniedException;
import org.trustfund.security.AppUser;
import org.trustfund.security.Permission;

/**
 * Holders of {@code READ_ORGANISATIONS} (fund managers, administrators) see every organisation; an NGO member
 * only their own.
 */
final class OrganisationAccess {

	private OrganisationAccess() {
	}

	static void check(AppUser user, long organisationId) {
		if (user.can(Permission.READ_ORGANISATIONS)) {
			return;
		}
		if (user.organisationId() != null && user.organisationId() == organisationId) {
			return;
		}
		throw new AccessDeniedException("Not your organisation");
	}
}
