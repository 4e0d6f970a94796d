package org.trustfund.reserve;

import org.trustfund.shared.Note;
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
	/** The bundle key and arguments ({@link Note}) of a detail the system wrote, else null. */
	@Column(name = "note_key")
	private String detailKey;
	@Column(name = "note_args")
	private String detailArgs;
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

	/** @param keyed the system's detail as a key and arguments; {@code detail} is its English text */
	ReserveEvent(long listId, Long proposalId, Kind kind, String detail, Note keyed, String actor, Instant at) {
		this(listId, proposalId, kind, detail, actor, at);
		this.detailKey = keyed.key();
		this.detailArgs = keyed.argsJson();
	}

	public Long getId() { return id; }
	public Long getListId() { return listId; }
	public Long getProposalId() { return proposalId; }
	public Kind getKind() { return kind; }
	public String getDetail() { return detail; }
	/** The bundle key of a detail the system wrote, or null (typed by a person, or an older row). */
	public String getDetailKey() { return detailKey; }
	/** The arguments of {@link #getDetailKey()}, a JSON array of coded strings ({@link Note}), or null. */
	public String getDetailArgs() { return detailArgs; }
	public String getActor() { return actor; }
	public Instant getAt() { return at; }
}
