package org.trustfund.proposals;

import org.trustfund.shared.ValidationException;
import org.springframework.modulith.NamedInterface;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One reviewer's technical review of one proposal: a conflict declaration, then a score per criterion. */
@Entity
@Table(name = "proposal_review")
@NamedInterface("api")
public class Review {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long proposalId;
	private String reviewer;

	@Enumerated(EnumType.STRING)
	private ReviewStatus status;

	private String conflictNote;
	private String comments;
	private Integer total;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "proposal_review_score", joinColumns = @JoinColumn(name = "review_id"))
	@OrderColumn(name = "position")
	private List<CriterionScore> scores = new ArrayList<>();

	private Instant assignedAt;
	private Instant submittedAt;

	@Version
	private long version;

	protected Review() {
	}

	Review(Long proposalId, String reviewer, Instant now) {
		this.proposalId = proposalId;
		this.reviewer = reviewer;
		this.status = ReviewStatus.ASSIGNED;
		this.assignedAt = now;
	}

	void declareConflict(String note) {
		requireAssigned();
		this.status = ReviewStatus.CONFLICTED;
		this.conflictNote = note;
	}

	void submit(List<CriterionScore> scores, String comments, Instant now) {
		requireAssigned();
		if (scores.stream().anyMatch(s -> s.score() < 0 || s.score() > 5)) {
			throw ValidationException.keyed("scores", "error.review.scoreRange", "Scores run from 0 to 5");
		}
		this.scores = new ArrayList<>(scores);
		this.comments = comments;
		this.total = scores.stream().mapToInt(CriterionScore::score).sum();
		this.status = ReviewStatus.SUBMITTED;
		this.submittedAt = now;
	}

	private void requireAssigned() {
		if (status != ReviewStatus.ASSIGNED) {
			throw new ProposalStateException("conflict.review.state", "This review is " + status,
					ValidationException.Keyed.state("review.status.", status));
		}
	}

	public Long getId() {
		return id;
	}

	public Long getProposalId() {
		return proposalId;
	}

	public String getReviewer() {
		return reviewer;
	}

	public ReviewStatus getStatus() {
		return status;
	}

	public String getConflictNote() {
		return conflictNote;
	}

	public String getComments() {
		return comments;
	}

	public Integer getTotal() {
		return total;
	}

	public List<CriterionScore> getScores() {
		return List.copyOf(scores);
	}

	public Instant getAssignedAt() {
		return assignedAt;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}
}
