package org.trustfund.files;

import org.springframework.modulith.NamedInterface;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** An uploaded file whose type and size were checked; carries its SHA-256 checksum. */
@NamedInterface("api")
public record Upload(String fileName, String contentType, byte[] content, String sha256) {

	public static Upload of(String fileName, String contentType, byte[] content) {
		return new Upload(fileName, contentType, content, sha256(content));
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
