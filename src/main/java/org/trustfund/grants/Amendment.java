package org.trustfund.grants;

import org.trustfund.shared.ValidationException;
import org.springframework.modulith.NamedInterface;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.trustfund.shared.ConflictException;

/** An NGO's request to change its agreement: a no-cost extension or a budget reallocation between lines. */
@Entity
@Table(name = "grant_amendment")
@NamedInterface("api")
public class Amendment {

	public enum Kind { EXTENSION, REALLOCATION }

	public enum Status { REQUESTED, APPROVED, REFUSED }

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private Long grantId;
	@Enumerated(EnumType.STRING)
	private Kind kind;
	@Enumerated(EnumType.STRING)
	private Status status;
	private LocalDate newEndsOn;
	/** Reallocation: the new amounts per line, in line order, separated by {@code ;}. */
	private String newLines;
	private String justification;
	private String requestedBy;
	private Instant requestedAt;
	private String decidedBy;
	private Instant decidedAt;
	private String decisionReason;
	private Integer resultVersion;

	protected Amendment() {
	}

	Amendment(long grantId, Kind kind, LocalDate newEndsOn, String newLines, String justification, String actor,
			Instant now) {
		this.grantId = grantId;
		this.kind = kind;
		this.status = Status.REQUESTED;
		this.newEndsOn = newEndsOn;
		this.newLines = newLines;
		this.justification = justification;
		this.requestedBy = actor;
		this.requestedAt = now;
	}

	void approve(int version, String reason, String actor, Instant now) {
		decide(Status.APPROVED, reason, actor, now);
		this.resultVersion = version;
	}

	void refuse(String reason, String actor, Instant now) {
		decide(Status.REFUSED, reason, actor, now);
	}

	private void decide(Status outcome, String reason, String actor, Instant now) {
		if (status != Status.REQUESTED) {
			throw ConflictException.keyed("conflict.amendment.decided", "Amendment " + id + " was already " + status,
					String.valueOf(id), ValidationException.Keyed.state("grants.amendmentStatus.", status));
		}
		this.status = outcome;
		this.decisionReason = reason;
		this.decidedBy = actor;
		this.decidedAt = now;
	}

	public Long getId() { return id; }
	public Long getGrantId() { return grantId; }
	public Kind getKind() { return kind; }
	public Status getStatus() { return status; }
	public LocalDate getNewEndsOn() { return newEndsOn; }
	public String getNewLines() { return newLines; }
	public String getJustification() { return justification; }
	public String getRequestedBy() { return requestedBy; }
	public Instant getRequestedAt() { return requestedAt; }
	public String getDecidedBy() { return decidedBy; }
	public String getDecisionReason() { return decisionReason; }
	public Integer getResultVersion() { return resultVersion; }
}
