package org.trustfund.organisations;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One line of an organisation's history: who did what, when, and why. Never changed. */
@Entity
public class OrganisationEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long organisationId;
	private Instant at;
	private String actor;
	private String action;
	private String note;

	protected OrganisationEvent() {
	}

	OrganisationEvent(Long organisationId, Instant at, String actor, String action, String note) {
		this.organisationId = organisationId;
		this.at = at;
		this.actor = actor;
		this.action = action;
		this.note = note;
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
}
