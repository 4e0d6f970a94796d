package org.trustfund.board.session;

import org.trustfund.shared.ValidationException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import org.trustfund.shared.ConflictException;

/**
 * One Board session or written procedure on a list of proposals. Its state moves forward only: voting,
 * awaiting the chair's signature, signed, applied. Votes and outcomes are separate immutable records.
 */
@Entity
public class BoardSession {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private SessionKind kind;
	private Long callId;
	private Long termId;
	private String chair;
	@Enumerated(EnumType.STRING)
	private SessionStatus status;
	private Instant votingDeadline;
	private String convenedBy;
	private Instant convenedAt;
	private Instant votingClosedAt;
	private String signedBy;
	private Instant signedAt;
	private String signatureNote;
	private Instant appliedAt;
	@Version
	private long version;

	protected BoardSession() {
	}

	BoardSession(SessionKind kind, Long callId, long termId, String chair, Instant votingDeadline, String convenedBy,
			Instant now) {
		this.kind = kind;
		this.callId = callId;
		this.termId = termId;
		this.chair = chair;
		this.status = SessionStatus.VOTING;
		this.votingDeadline = votingDeadline;
		this.convenedBy = convenedBy;
		this.convenedAt = now;
	}

	/** Whether a trustee may still vote at this moment. */
	public boolean acceptsVotes(Instant now) {
		return status == SessionStatus.VOTING && now.isBefore(votingDeadline);
	}

	void closeVoting(Instant now) {
		require(SessionStatus.VOTING, ValidationException.Keyed.word("action.session.closeVoting", "closed for voting"));
		this.status = SessionStatus.AWAITING_SIGNATURE;
		this.votingClosedAt = now;
	}

	void sign(String username, String note, Instant now) {
		require(SessionStatus.AWAITING_SIGNATURE, ValidationException.Keyed.word("action.session.sign", "signed"));
		this.status = SessionStatus.SIGNED;
		this.signedBy = username;
		this.signatureNote = note;
		this.signedAt = now;
	}

	void applied(Instant now) {
		require(SessionStatus.SIGNED, ValidationException.Keyed.word("action.session.apply", "applied"));
		this.status = SessionStatus.APPLIED;
		this.appliedAt = now;
	}

	/** Votes are shown, and minutes exist, once voting has closed. */
	public boolean votingClosed() {
		return status != SessionStatus.VOTING;
	}

	private void require(SessionStatus expected, ValidationException.Keyed action) {
		if (status != expected) {
			throw ConflictException.keyed("conflict.session.state", "Session " + id + " is " + status + " and cannot be "
					+ action.english(), String.valueOf(id), ValidationException.Keyed.state("session.status.", status), action);
		}
	}

	public Long getId() { return id; }
	public SessionKind getKind() { return kind; }
	public Long getCallId() { return callId; }
	public Long getTermId() { return termId; }
	public String getChair() { return chair; }
	public SessionStatus getStatus() { return status; }
	public Instant getVotingDeadline() { return votingDeadline; }
	public String getConvenedBy() { return convenedBy; }
	public Instant getConvenedAt() { return convenedAt; }
	public Instant getVotingClosedAt() { return votingClosedAt; }
	public String getSignedBy() { return signedBy; }
	public Instant getSignedAt() { return signedAt; }
	public String getSignatureNote() { return signatureNote; }
	public Instant getAppliedAt() { return appliedAt; }
}
