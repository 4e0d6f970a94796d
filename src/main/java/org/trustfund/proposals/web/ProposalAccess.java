package org.trustfund.proposals.web;

import org.springframework.security.access.AccessDeniedException;
import org.trustfund.proposals.Proposal;
import org.trustfund.proposals.ProposalVisibility;
import org.trustfund.security.AppUser;
import org.trustfund.security.Permission;

/**
 * Who may change a proposal: a user holding {@link Permission#WRITE_PROPOSAL} (an NGO member) changes its own
 * organisation's. Who may see proposals is {@link ProposalVisibility}'s, shared with the API.
 */
final class ProposalAccess {

	private ProposalAccess() {
	}

	static boolean staff(AppUser user) {
		return ProposalVisibility.readsAll(user);
	}

	static boolean ownOrganisation(AppUser user, Proposal p) {
		return ProposalVisibility.ownOrganisation(user, p);
	}

	static Proposal ownDraftable(AppUser user, Proposal p) {
		if (!ownOrganisation(user, p)) {
			throw new AccessDeniedException("Only the proposal's organisation may change or submit it");
		}
		return p;
	}

	static long organisationOf(AppUser user) {
		if (!user.can(Permission.WRITE_PROPOSAL) || user.organisationId() == null) {
			throw new AccessDeniedException("Only NGO members write proposals");
		}
		return user.organisationId();
	}
}
