package org.trustfund.board.session;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One proposal on a session's agenda, in rank order. Immutable. */
@Entity
@Table(name = "board_session_item")
@IdClass(SessionItem.Key.class)
public class SessionItem {

	@Id
	private Long sessionId;
	@Id
	private Long proposalId;
	private int position;

	protected SessionItem() {
	}

	SessionItem(long sessionId, long proposalId, int position) {
		this.sessionId = sessionId;
		this.proposalId = proposalId;
		this.position = position;
	}

	public Long getSessionId() { return sessionId; }
	public Long getProposalId() { return proposalId; }
	public int getPosition() { return position; }

	public record Key(Long sessionId, Long proposalId) implements Serializable {
		public Key() {
			this(null, null);
		}
	}
}
