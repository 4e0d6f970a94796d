package org.trustfund.files;

import org.springframework.modulith.NamedInterface;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.trustfund.shared.ValidationException;

/**
 * Accepts PDF and Office documents only, up to a configured size, and checks that the content really is
 * what its name says (by the file's first bytes), so a renamed executable is refused.
 */
@Component
@NamedInterface("api")
public class UploadChecker {

	private static final byte[] PDF = { '%', 'P', 'D', 'F' };
	private static final byte[] ZIP = { 'P', 'K', 3, 4 };
	private static final byte[] OLE = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };

	private static final Map<String, String> TYPES = Map.of("pdf", "application/pdf", "doc", "application/msword",
			"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "xls",
			"application/vnd.ms-excel", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			"odt", "application/vnd.oasis.opendocument.text", "ods", "application/vnd.oasis.opendocument.spreadsheet");

	private final long maxBytes;

	UploadChecker(@Value("${trustfund.uploads.max-bytes:10485760}") long maxBytes) {
		this.maxBytes = maxBytes;
	}

	/** @param field the form field, for the error message */
	public Upload check(String field, MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw ValidationException.keyed(field, "upload.rule.missing", "Attach a document (PDF or Office file)");
		}
		try {
			return check(field, file.getOriginalFilename(), file.getBytes());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public Upload check(String field, String originalName, byte[] content) {
		String name = originalName == null ? "document" : originalName.replaceAll("[\\\\/]", "_");
		if (content.length == 0) {
			throw ValidationException.keyed(field, "upload.rule.empty", "The file is empty");
		}
		if (content.length > maxBytes) {
			throw ValidationException.keyed(field, "upload.rule.tooLarge",
					"The file is larger than " + maxBytes / (1024 * 1024) + " MB", String.valueOf(maxBytes / (1024 * 1024)));
		}
		String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT)
				: "";
		String type = TYPES.get(extension);
		if (type == null || !contentMatches(extension, content)) {
			throw ValidationException.keyed(field, "upload.rule.type",
					"Only PDF or Office documents (pdf, doc, docx, xls, xlsx, odt, ods)");
		}
		return Upload.of(name, type, content);
	}

	private static boolean contentMatches(String extension, byte[] content) {
		return switch (extension) {
			case "pdf" -> startsWith(content, PDF);
			case "doc", "xls" -> startsWith(content, OLE);
			default -> startsWith(content, ZIP);
		};
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
	}
}
