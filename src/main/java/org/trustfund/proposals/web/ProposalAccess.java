package org.trustfund.proposals.web;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.trustfund.proposals.Proposal;
import org.trustfund.proposals.ReviewService;
import org.trustfund.security.AppUser;
import org.trustfund.users.Role;

/**
 * Who may see or change a proposal: fund managers (and administrators) read every one; an NGO member
 * reads and changes its own organisation's; a reviewer reads only those assigned to them.
 */
@Component
class ProposalAccess {

	private final ReviewService reviews;

	ProposalAccess(ReviewService reviews) {
		this.reviews = reviews;
	}

	static boolean staff(AppUser user) {
		return user.hasRole(Role.FUND_MANAGER) || user.hasRole(Role.ADMIN);
	}

	static boolean ownOrganisation(AppUser user, Proposal p) {
		return user.hasRole(Role.NGO_MEMBER) && user.organisationId() != null
				&& user.organisationId().equals(p.getOrganisationId());
	}

	boolean assignedReviewer(AppUser user, Proposal p) {
		return user.hasRole(Role.REVIEWER) && reviews.proposalIdsOf(user.getUsername()).contains(p.getId());
	}

	Proposal readable(AppUser user, Proposal p) {
		if (staff(user) || ownOrganisation(user, p) || assignedReviewer(user, p)) {
			return p;
		}
		throw new AccessDeniedException("Not your proposal");
	}

	static Proposal ownDraftable(AppUser user, Proposal p) {
		if (!ownOrganisation(user, p)) {
			throw new AccessDeniedException("Only the proposal's organisation may change or submit it");
		}
		return p;
	}

	static long organisationOf(AppUser user) {
		if (!user.hasRole(Role.NGO_MEMBER) || user.organisationId() == null) {
			throw new AccessDeniedException("Only NGO members write proposals");
		}
		return user.organisationId();
	}
}
