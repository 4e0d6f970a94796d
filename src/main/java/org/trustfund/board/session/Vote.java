package org.trustfund.board.session;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One trustee's vote on one proposal in one session: a record, never changed (no setters; the database
 * allows one per session, proposal and trustee). {@code automatic}: recused by the system (own country).
 */
@Entity
@Table(name = "board_vote")
public class Vote {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long sessionId;
	private Long proposalId;
	private String trustee;
	@Enumerated(EnumType.STRING)
	private VoteChoice choice;
	private String comment;
	private boolean automatic;
	private Instant castAt;

	protected Vote() {
	}

	Vote(long sessionId, long proposalId, String trustee, VoteChoice choice, String comment, boolean automatic,
			Instant now) {
		this.sessionId = sessionId;
		this.proposalId = proposalId;
		this.trustee = trustee;
		this.choice = choice;
		this.comment = comment;
		this.automatic = automatic;
		this.castAt = now;
	}

	public Long getId() { return id; }
	public Long getSessionId() { return sessionId; }
	public Long getProposalId() { return proposalId; }
	public String getTrustee() { return trustee; }
	public VoteChoice getChoice() { return choice; }
	public String getComment() { return comment; }
	public boolean isAutomatic() { return automatic; }
	public Instant getCastAt() { return castAt; }
}
