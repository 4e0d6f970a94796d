package org.trustfund.organisations.web;

import org.trustfund.shared.Notes;
import java.time.Instant;
import java.util.List;
import org.trustfund.organisations.Organisation;
import org.trustfund.organisations.OrganisationDocument;
import org.trustfund.organisations.OrganisationEvent;
import org.trustfund.organisations.OrganisationStatus;

/** An organisation as the API shows it. Bank details are shown to the fund's staff and the NGO itself only. */
record OrganisationView(Long id, String name, String country, String registrationNumber, String contactName,
		String contactEmail, OrganisationStatus status, String decisionReason, String informationRequest,
		Instant informationReplyDue, Instant createdAt, Instant verifiedAt, List<Document> documents,
		List<History> history) {

	record Document(Long id, String fileName, String contentType, long sizeBytes, String sha256) {
	}

	record History(Instant at, String actor, String action, String note) {
	}

	/** @param notes shows the notes the system wrote in the reader's language (the request's locale) */
	static OrganisationView of(Organisation o, List<OrganisationDocument> docs, List<OrganisationEvent> events,
			Notes notes) {
		return new OrganisationView(o.getId(), o.getName(), o.getCountry(), o.getRegistrationNumber(),
				o.getContactName(), o.getContactEmail(), o.getStatus(), o.getDecisionReason(), o.getInfoRequest(),
				o.getInfoReplyDue(), o.getCreatedAt(), o.getVerifiedAt(),
				docs.stream().map(d -> new Document(d.getId(), d.getFile().getFileName(), d.getFile().getContentType(),
						d.getFile().getSizeBytes(),
						d.getFile().getSha256())).toList(),
				events.stream().map(e -> new History(e.getAt(), e.getActor(), e.getAction(), notes.show(e))).toList());
	}
}
