package org.trustfund.proposals;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Reviews extends JpaRepository<Review, Long> {

	List<Review> findByProposalIdOrderById(Long proposalId);

	Optional<Review> findByProposalIdAndReviewerAndStatus(Long proposalId, String reviewer, ReviewStatus status);

	List<Review> findByReviewerAndStatusIn(String reviewer, List<ReviewStatus> statuses);

	/** Open reviews per reviewer, to give new work to the least loaded. */
	@Query("select r.reviewer, count(r) from Review r where r.status = org.trustfund.proposals.ReviewStatus.ASSIGNED "
			+ "group by r.reviewer")
	List<Object[]> openReviewsPerReviewer();
}
