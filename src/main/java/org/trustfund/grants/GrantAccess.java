package org.trustfund.grants;

import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.trustfund.security.AppUser;
import org.trustfund.security.Permission;

/**
 * Who may see or act on a grant, asked as permissions ({@code security.RolePermissions} says which roles hold
 * them): {@link Permission#READ_ALL_GRANTS} reads every grant (fund managers, trustees, the chair);
 * {@link Permission#ACT_AS_GRANTEE} reads and reports on its own organisation's grants (NGO members);
 * {@link Permission#MANAGE_GRANTS} reviews, decides and refunds (fund managers). Administrators see no money pages.
 */
@Component
@NamedInterface("api")
public class GrantAccess {

	/** @return whether {@code user} may review reports, decide amendments and book refunds */
	public static boolean managesGrants(AppUser user) {
		return user.can(Permission.MANAGE_GRANTS);
	}

	/** @return whether {@code user} acts as the grantee of {@code g}: a member of its organisation */
	public static boolean ownNgo(AppUser user, Grant g) {
		return user.can(Permission.ACT_AS_GRANTEE) && user.organisationId() != null
				&& user.organisationId().equals(g.getOrganisationId());
	}

	/**
	 * The grants {@code user} may list, the one rule behind the grants page and {@code GET /api/grants}: holders
	 * of {@link Permission#READ_ALL_GRANTS} see what they asked for; anyone else (an NGO member) only its own
	 * organisation's grants (none without an organisation). The URL rules keep users without
	 * {@link Permission#READ_GRANTS} out.
	 * @param requested the filter from the request, whose organisation is ignored
	 * @return the filter to run
	 */
	public static GrantQueries.Filter visibleTo(AppUser user, GrantQueries.Filter requested) {
		if (user.can(Permission.READ_ALL_GRANTS)) {
			return requested;
		}
		long own = user.organisationId() == null ? -1 : user.organisationId();
		return requested.ofOrganisation(own);
	}

	/**
	 * @return {@code g}, when {@code user} may read it (every grant, or its own organisation's)
	 * @throws AccessDeniedException otherwise
	 */
	public Grant readable(AppUser user, Grant g) {
		if (user.can(Permission.READ_ALL_GRANTS) || ownNgo(user, g)) {
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
