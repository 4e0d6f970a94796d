package org.trustfund.organisations;

import jakarta.persistence.Entity;
import java.time.Instant;
import org.trustfund.shared.HistoryLine;

/** One line of an organisation's history: who did what, when, and why. Never changed. */
@Entity
public class OrganisationEvent extends HistoryLine {

	private Long organisationId;

	protected OrganisationEvent() {
	}

	OrganisationEvent(Long organisationId, Instant at, String actor, String action, String note) {
		super(at, actor, action, note);
		this.organisationId = organisationId;
	}
}
