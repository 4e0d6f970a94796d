package org.trustfund.files;

import org.springframework.modulith.NamedInterface;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.trustfund.web.Downloads;

/**
 * A checked upload as the features keep it (organisation documents, proposal attachments): the file,
 * its SHA-256 checksum, and who uploaded it when.
 */
@Embeddable
@NamedInterface("api")
public class StoredFile {

	private String fileName;
	private String contentType;
	private long sizeBytes;
	private String sha256;
	private byte[] content;
	private Instant uploadedAt;
	private String uploadedBy;

	protected StoredFile() {
	}

	public StoredFile(Upload upload, String uploadedBy, Instant now) {
		this.fileName = upload.fileName();
		this.contentType = upload.contentType();
		this.sizeBytes = upload.content().length;
		this.sha256 = upload.sha256();
		this.content = upload.content();
		this.uploadedBy = uploadedBy;
		this.uploadedAt = now;
	}

	/** The file as a download: never shown inline, never sniffed into another type; a non-ASCII name per {@link Downloads}. */
	public ResponseEntity<byte[]> download() {
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(contentType))
			.header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(fileName))
			.header("X-Content-Type-Options", "nosniff")
			.body(content);
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
