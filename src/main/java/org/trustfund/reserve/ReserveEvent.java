package org.trustfund.reserve;

import org.springframework.modulith.NamedInterface;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One line of a reserve list's history: who did what, when and why. Never changed, never deleted. */
@Entity
@NamedInterface("api")
public class ReserveEvent {

	/** What happened. */
	public enum Kind {
		LIST_OPENED, ADDED, OFFERED, OFFER_NOT_POSSIBLE, OFFER_DECIDED, AWARDED, WITHDRAWN, EXPIRY_CHANGED, EXPIRED, LIST_CLOSED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long listId;
	private Long proposalId;
	@jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
	private Kind kind;
	private String detail;
	private String actor;
	@Column(name = "happened_at")
	private Instant at;

	protected ReserveEvent() {
	}

	ReserveEvent(long listId, Long proposalId, Kind kind, String detail, String actor, Instant at) {
		this.listId = listId;
		this.proposalId = proposalId;
		this.kind = kind;
		this.detail = detail.length() > 2000 ? detail.substring(0, 1997) + "..." : detail;
		this.actor = actor;
		this.at = at;
	}

	public Long getId() { return id; }
	public Long getListId() { return listId; }
	public Long getProposalId() { return proposalId; }
	public Kind getKind() { return kind; }
	public String getDetail() { return detail; }
	public String getActor() { return actor; }
	public Instant getAt() { return at; }
}
