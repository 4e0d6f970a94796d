package org.trustfund.proposals.web;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.trustfund.proposals.Review;
import org.trustfund.proposals.ReviewStatus;
import org.trustfund.security.AppUser;
import org.trustfund.users.Role;

/**
 * Which reviews of a proposal a user may read: fund managers all of them; a reviewer their own, and the
 * others' only once their own is submitted; nobody else any.
 */
final class ReviewVisibility {

	private ReviewVisibility() {
	}

	static List<Review> visible(AppUser user, List<Review> reviews) {
		if (ProposalAccess.staff(user)) {
			return reviews;
		}
		if (!user.hasRole(Role.REVIEWER)) {
			throw new AccessDeniedException("Reviews are for the fund's staff and reviewers");
		}
		boolean ownSubmitted = reviews.stream().anyMatch(r -> r.getReviewer().equals(user.getUsername())
				&& r.getStatus() == ReviewStatus.SUBMITTED);
		return reviews.stream().filter(r -> r.getReviewer().equals(user.getUsername())
				|| (ownSubmitted && r.getStatus() == ReviewStatus.SUBMITTED)).toList();
	}
}
