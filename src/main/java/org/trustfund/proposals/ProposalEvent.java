package org.trustfund.proposals;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * One line of a proposal's history: who did what, when and why. Lines marked shared are the decisions
 * and reasons the NGO sees; the others (reviewer assignments, conflicts, moderation) stay internal.
 */
@Entity
public class ProposalEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long proposalId;
	private Instant at;
	private String actor;
	private String action;
	private String note;
	private boolean sharedWithNgo;

	protected ProposalEvent() {
	}

	ProposalEvent(Long proposalId, Instant at, String actor, String action, String note, boolean sharedWithNgo) {
		this.proposalId = proposalId;
		this.at = at;
		this.actor = actor;
		this.action = action;
		this.note = note;
		this.sharedWithNgo = sharedWithNgo;
	}

	public Instant getAt() {
		return at;
	}

	public String getActor() {
		return actor;
	}

	public String getAction() {
		return action;
	}

	public String getNote() {
		return note;
	}

	public boolean isSharedWithNgo() {
		return sharedWithNgo;
	}
}
