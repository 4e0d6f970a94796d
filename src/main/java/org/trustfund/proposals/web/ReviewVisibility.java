package org.trustfund.proposals.web;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.trustfund.proposals.Review;
import org.trustfund.proposals.ReviewStatus;
import org.trustfund.security.AppUser;
import org.trustfund.security.Permission;

/**
 * Which reviews of a proposal a user may read: holders of {@code READ_ALL_PROPOSALS} (fund managers,
 * administrators) all of them; holders of {@code REVIEW_PROPOSAL} (reviewers) their own, and the others' only
 * once their own is submitted; nobody else any.
 */
final class ReviewVisibility {

	private ReviewVisibility() {
	}

	static List<Review> visible(AppUser user, List<Review> reviews) {
		if (ProposalAccess.staff(user)) {
			return reviews;
		}
		if (!user.can(Permission.REVIEW_PROPOSAL)) {
			throw new AccessDeniedException("Reviews are for the fund's staff and reviewers");
		}
		boolean ownSubmitted = reviews.stream().anyMatch(r -> r.getReviewer().equals(user.getUsername())
				&& r.getStatus() == ReviewStatus.SUBMITTED);
		return reviews.stream().filter(r -> r.getReviewer().equals(user.getUsername())
				|| (ownSubmitted && r.getStatus() == ReviewStatus.SUBMITTED)).toList();
	}
}
