package org.trustfund.proposals.web;

import java.time.Instant;
import java.util.List;
import org.trustfund.proposals.CriterionScore;
import org.trustfund.proposals.Review;
import org.trustfund.proposals.ReviewStatus;

record ReviewView(Long id, String reviewer, ReviewStatus status, String conflictNote, List<CriterionScore> scores,
		String comments, Integer total, Instant submittedAt) {

	static ReviewView of(Review r) {
		return new ReviewView(r.getId(), r.getReviewer(), r.getStatus(), r.getConflictNote(), r.getScores(),
				r.getComments(), r.getTotal(), r.getSubmittedAt());
	}
}
