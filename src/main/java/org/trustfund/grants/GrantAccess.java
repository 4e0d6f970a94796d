package org.trustfund.grants;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.trustfund.security.AppUser;
import org.trustfund.users.Role;

/**
 * Who may see or act on a grant: fund managers and trustees read every grant (trustees read only);
 * an NGO member reads and reports on its own organisation's grants. Administrators see no money pages.
 */
@Component
public class GrantAccess {

	public static boolean fundManager(AppUser user) {
		return user.hasRole(Role.FUND_MANAGER);
	}

	public static boolean ownNgo(AppUser user, Grant g) {
		return user.hasRole(Role.NGO_MEMBER) && user.organisationId() != null
				&& user.organisationId().equals(g.getOrganisationId());
	}

	public Grant readable(AppUser user, Grant g) {
		if (fundManager(user) || user.hasRole(Role.TRUSTEE) || user.hasRole(Role.BOARD_CHAIR) || ownNgo(user, g)) {
			return g;
		}
		throw new AccessDeniedException("Not your grant");
	}

	public Grant requireOwnNgo(AppUser user, Grant g) {
		if (!ownNgo(user, g)) {
			throw new AccessDeniedException("Only the grant's own NGO may do this");
		}
		return g;
	}
}
