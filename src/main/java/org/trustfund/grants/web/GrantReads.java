package org.trustfund.grants.web;

import org.trustfund.shared.Notes;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.trustfund.grants.AmendmentService;
import org.trustfund.grants.Disbursements;
import org.trustfund.grants.Grant;
import org.trustfund.grants.GrantAccess;
import org.trustfund.grants.GrantService;
import org.trustfund.grants.web.GrantViews.GrantView;
import org.trustfund.security.AppUser;
import org.trustfund.security.Permission;

/** One grant as its readers may see it: the NGO its own, fund managers and trustees every grant. */
@Component
class GrantReads {

	private final GrantService grants;
	private final GrantAccess access;
	private final Disbursements disbursements;
	private final AmendmentService amendments;

	private final Notes notes;

	GrantReads(GrantService grants, GrantAccess access, Disbursements disbursements, AmendmentService amendments,
			Notes notes) {
		this.notes = notes;
		this.grants = grants;
		this.access = access;
		this.disbursements = disbursements;
		this.amendments = amendments;
	}

	/**
	 * @param key a grant's reference ({@code G-52}) or, digits only, its id
	 * @return the grant's id, or null when no grant has this reference or id
	 */
	@Transactional(readOnly = true)
	Long idOf(String key) {
		if (key.matches("[0-9]{1,18}")) {
			return Long.valueOf(key);
		}
		return grants.byRef(key).map(Grant::getId).orElse(null);
	}

	/** @return the grant page's address ({@link org.trustfund.grants.GrantPaths}): by reference where it can be */
	@Transactional(readOnly = true)
	String path(long id) {
		return org.trustfund.grants.GrantPaths.path(id, grants.get(id).getGrantRef());
	}

	/**
	 * Grant {@code id} for {@code user}, not telling a grant that does not exist from one the user may not see:
	 * readers of every grant get 404 for a missing one, an NGO member the same 403 as for another
	 * organisation's grant (issue 16 probe 2).
	 *
	 * @throws org.trustfund.shared.NotFoundException (404) for readers of every grant, when there is none
	 * @throws org.springframework.security.access.AccessDeniedException (403) otherwise
	 */
	@Transactional(readOnly = true)
	Grant readable(long id, AppUser user) {
		if (user.can(Permission.READ_ALL_GRANTS)) {
			return grants.get(id);
		}
		try {
			return access.readable(user, grants.get(id));
		}
		catch (org.trustfund.shared.NotFoundException e) {
			throw missing(user, String.valueOf(id));
		}
	}

	/**
	 * @param key the reference or id asked for, which names no grant
	 * @return the exception to throw: 404 for readers of every grant, for anyone else the 403 of another
	 *         organisation's grant
	 */
	static RuntimeException missing(AppUser user, String key) {
		if (user.can(Permission.READ_ALL_GRANTS)) {
			return new org.trustfund.shared.NotFoundException("No grant " + key);
		}
		return new org.springframework.security.access.AccessDeniedException("Not your grant");
	}

	@Transactional(readOnly = true)
	GrantView view(long id, AppUser user) {
		Grant g = readable(id, user);
		return GrantView.of(g, disbursements.paymentsOf(id), disbursements.refundsOf(id), grants.versions(id),
				amendments.of(id), notes);
	}
}
