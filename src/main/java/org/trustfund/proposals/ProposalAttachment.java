package org.trustfund.proposals;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.trustfund.files.Upload;

/** A document attached to a proposal (PDF or Office), stored with its SHA-256 checksum. */
@Entity
public class ProposalAttachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long proposalId;
	private String fileName;
	private String contentType;
	private long sizeBytes;
	private String sha256;

	@Basic(fetch = FetchType.LAZY)
	private byte[] content;

	private Instant uploadedAt;
	private String uploadedBy;

	protected ProposalAttachment() {
	}

	ProposalAttachment(Long proposalId, Upload upload, String uploadedBy, Instant now) {
		this.proposalId = proposalId;
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

	public Long getProposalId() {
		return proposalId;
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
