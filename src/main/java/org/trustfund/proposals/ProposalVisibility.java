package org.trustfund.proposals;

import org.springframework.modulith.NamedInterface;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.trustfund.security.AppUser;
import org.trustfund.security.Permission;

/**
 * Which proposals a user may see: the one query behind both {@code GET /proposals} (page) and {@code GET
 * /api/proposals} (API), and the same rule for one proposal. Users holding {@link Permission#READ_ALL_PROPOSALS}
 * (fund managers, administrators) see every proposal; those holding {@link Permission#WRITE_PROPOSAL} (NGO
 * members) their own organisation's; those holding {@link Permission#REVIEW_PROPOSAL} (reviewers) the ones
 * assigned to them. A class of its own, not a method of {@link ProposalService}, because it reads the
 * reviewers' assignments from {@link ReviewService}, which itself depends on {@link ProposalService}.
 */
@Service
@NamedInterface("api")
public class ProposalVisibility {

	private final ProposalService proposals;
	private final ReviewService reviews;

	ProposalVisibility(ProposalService proposals, ReviewService reviews) {
		this.proposals = proposals;
		this.reviews = reviews;
	}

	/**
	 * @return the proposals {@code user} may see, newest first (for the fund's staff the latest 500)
	 * @throws AccessDeniedException when the user may see no proposals at all (trustees, the chair)
	 */
	public List<Proposal> visibleTo(AppUser user) {
		if (readsAll(user)) {
			return proposals.latest();
		}
		if (user.can(Permission.WRITE_PROPOSAL) && user.organisationId() != null) {
			return proposals.ofOrganisation(user.organisationId());
		}
		if (user.can(Permission.REVIEW_PROPOSAL)) {
			return proposals.withIds(reviews.proposalIdsOf(user.getUsername()));
		}
		throw new AccessDeniedException("Proposals are for the fund's staff, NGOs and reviewers");
	}

	/**
	 * @return {@code p}, when {@code user} may see it by the rule of {@link #visibleTo}
	 * @throws AccessDeniedException otherwise ("Not your proposal")
	 */
	public Proposal readable(AppUser user, Proposal p) {
		if (readsAll(user) || ownOrganisation(user, p) || assignedReviewer(user, p)) {
			return p;
		}
		throw new AccessDeniedException("Not your proposal");
	}

	/**
	 * Proposal {@code id} for {@code user}, not telling a proposal that does not exist from one the user may not
	 * see: the fund's staff (who read every proposal) get 404 for a missing one; anyone else (NGO members,
	 * reviewers) gets the same 403 for both (issue 16 probe 2).
	 *
	 * @return the proposal, when {@code user} may see it
	 * @throws org.trustfund.shared.NotFoundException (404) for staff when there is no proposal {@code id}
	 * @throws AccessDeniedException (403, "Not your proposal") otherwise
	 */
	public Proposal readable(AppUser user, long id) {
		if (readsAll(user)) {
			return proposals.get(id);
		}
		return readable(user, proposals.find(id).orElseThrow(() -> new AccessDeniedException("Not your proposal")));
	}

	/** @return whether {@code user} reads every proposal, with its reviews and history */
	public static boolean readsAll(AppUser user) {
		return user.can(Permission.READ_ALL_PROPOSALS);
	}

	/** @return whether {@code user} writes proposals for {@code p}'s organisation */
	public static boolean ownOrganisation(AppUser user, Proposal p) {
		return user.can(Permission.WRITE_PROPOSAL) && user.organisationId() != null
				&& user.organisationId().equals(p.getOrganisationId());
	}

	private boolean assignedReviewer(AppUser user, Proposal p) {
		return user.can(Permission.REVIEW_PROPOSAL) && reviews.proposalIdsOf(user.getUsername()).contains(p.getId());
	}
}
