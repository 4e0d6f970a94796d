package org.trustfund.proposals;

import org.springframework.modulith.NamedInterface;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.trustfund.files.StoredFile;
import org.trustfund.files.Upload;

/** A document attached to a proposal (PDF or Office). */
@Entity
@NamedInterface("api")
public class ProposalAttachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long proposalId;

	@Embedded
	private StoredFile file;

	protected ProposalAttachment() {
	}

	ProposalAttachment(Long proposalId, Upload upload, String uploadedBy, Instant now) {
		this.proposalId = proposalId;
		this.file = new StoredFile(upload, uploadedBy, now);
	}

	public Long getId() {
		return id;
	}

	public Long getProposalId() {
		return proposalId;
	}

	public StoredFile getFile() {
		return file;
	}
}
