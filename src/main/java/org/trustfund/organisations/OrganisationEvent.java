package org.trustfund.organisations;

import org.trustfund.shared.Note;
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
		this(organisationId, at, actor, action, note, null);
	}

	/** @param keyed the system's note as a key and arguments ({@code note} is its English text), or {@code null} */
	OrganisationEvent(Long organisationId, Instant at, String actor, String action, String note, Note keyed) {
		super(at, actor, action, note, keyed);
		this.organisationId = organisationId;
	}
}
