package org.trustfund.proposals.web;

import org.springframework.security.access.AccessDeniedException;
import org.trustfund.proposals.Proposal;
import org.trustfund.proposals.ProposalService;
import org.trustfund.shared.NotFoundException;
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

	/**
	 * Proposal {@code id}, when {@code user}'s organisation owns it. Only NGO members write proposals, so a
	 * proposal that does not exist gets the same 403 as another organisation's: the answer does not tell which.
	 *
	 * @throws AccessDeniedException (403) when there is no such proposal or another organisation owns it
	 */
	static Proposal ownDraftable(AppUser user, ProposalService proposals, long id) {
		return ownDraftable(user, proposals.find(id)
			.orElseThrow(() -> new AccessDeniedException("Only the proposal's organisation may change or submit it")));
	}

	/**
	 * Submits through {@link ProposalService#submit(long, String, java.util.function.Consumer)} with the
	 * organisation's check; a proposal that does not exist answers 403 as another organisation's does.
	 */
	static Proposal submit(AppUser user, ProposalService proposals, long id) {
		try {
			return proposals.submit(id, user.getUsername(), p -> ownDraftable(user, p));
		}
		catch (NotFoundException e) {
			if (proposals.find(id).isEmpty()) {
				throw new AccessDeniedException("Only the proposal's organisation may change or submit it");
			}
			throw e;
		}
	}

	static long organisationOf(AppUser user) {
		if (!user.can(Permission.WRITE_PROPOSAL) || user.organisationId() == null) {
			throw new AccessDeniedException("Only NGO members write proposals");
		}
		return user.organisationId();
	}
}
