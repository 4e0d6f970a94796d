package org.trustfund.board.session;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A trustee who votes in a session, as the Board sat when it was convened. Immutable. */
@Entity
@Table(name = "board_session_voter")
@IdClass(SessionVoter.Key.class)
public class SessionVoter {

	@Id
	private Long sessionId;
	@Id
	private String username;
	private String country;
	private boolean chair;

	protected SessionVoter() {
	}

	SessionVoter(long sessionId, String username, String country, boolean chair) {
		this.sessionId = sessionId;
		this.username = username;
		this.country = country;
		this.chair = chair;
	}

	public Long getSessionId() { return sessionId; }
	public String getUsername() { return username; }
	public String getCountry() { return country; }
	public boolean isChair() { return chair; }

	public record Key(Long sessionId, String username) implements Serializable {
		public Key() {
			this(null, null);
		}
	}
}
