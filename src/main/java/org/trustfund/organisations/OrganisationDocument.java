package org.trustfund.organisations;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.trustfund.files.StoredFile;
import org.trustfund.files.Upload;

/** A registration document of an organisation. */
@Entity
public class OrganisationDocument {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long organisationId;

	@Embedded
	private StoredFile file;

	protected OrganisationDocument() {
	}

	OrganisationDocument(Long organisationId, Upload upload, String uploadedBy, Instant now) {
		this.organisationId = organisationId;
		this.file = new StoredFile(upload, uploadedBy, now);
	}

	public Long getId() {
		return id;
	}

	public Long getOrganisationId() {
		return organisationId;
	}

	public StoredFile getFile() {
		return file;
	}
}
