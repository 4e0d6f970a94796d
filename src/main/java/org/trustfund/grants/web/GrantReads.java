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

	@Transactional(readOnly = true)
	GrantView view(long id, AppUser user) {
		Grant g = access.readable(user, grants.get(id));
		return GrantView.of(g, disbursements.paymentsOf(id), disbursements.refundsOf(id), grants.versions(id),
				amendments.of(id), notes);
	}
}
