package org.trustfund.organisations;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.trustfund.files.Upload;

/** A registration document, stored with its SHA-256 checksum. */
@Entity
public class OrganisationDocument {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long organisationId;
	private String fileName;
	private String contentType;
	private long sizeBytes;
	private String sha256;

	@Basic(fetch = FetchType.LAZY)
	private byte[] content;

	private Instant uploadedAt;
	private String uploadedBy;

	protected OrganisationDocument() {
	}

	OrganisationDocument(Long organisationId, Upload upload, String uploadedBy, Instant now) {
		this.organisationId = organisationId;
		this.fileName = upload.fileName();
		this.contentType = upload.contentType();
		this.sizeBytes = upload.content().length;
		this.sha256 = upload.sha256();
		this.content = upload.content();
		this.uploadedBy = uploadedBy;
		this.uploadedAt = now;
	}

	public Long getId() {
		return id;
	}

	public Long getOrganisationId() {
		return organisationId;
	}

	public String getFileName() {
		return fileName;
	}

	public String getContentType() {
		return contentType;
	}

	public long getSizeBytes() {
		return sizeBytes;
	}

	public String getSha256() {
		return sha256;
	}

	public byte[] getContent() {
		return content;
	}

	public Instant getUploadedAt() {
		return uploadedAt;
	}

	public String getUploadedBy() {
		return uploadedBy;
	}
}
