package org.trustfund.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.modulith.NamedInterface;

/**
 * The {@code Content-Disposition} header of every download (stored files, CSV exports), one rule for all.
 * <p>
 * An ASCII name is sent as {@code attachment; filename="name"}. A name with other characters (an Arabic
 * report title) is sent per RFC 6266 with an ASCII stand-in for old clients and the real name encoded per
 * RFC 5987: {@code attachment; filename="____ ____.pdf"; filename*=UTF-8''%D8%AA...}. Raw non-ASCII in a
 * header is not allowed by HTTP, and the servlet container drops or mangles it.
 */
@NamedInterface("api")
public final class Downloads {

	private Downloads() {
	}

	/**
	 * @param fileName the name the user's browser should save under; {@code null} or blank becomes {@code download}
	 * @return the header value, with control characters removed (no header can be split through a name)
	 */
	public static String attachment(String fileName) {
		String name = fileName == null ? "" : fileName.replaceAll("\\p{Cntrl}", "").strip();
		if (name.isEmpty()) {
			name = "download";
		}
		String ascii = name.replaceAll("[^\\x20-\\x7E]", "_");
		String plain = ContentDisposition.attachment().filename(ascii).build().toString();
		if (ascii.equals(name)) {
			return plain;
		}
		// Spring's own UTF-8 form adds a second filename (RFC 2047); RFC 6266 allows each parameter once.
		return plain + "; filename*=UTF-8''" + rfc5987(name);
	}

	/** RFC 5987 ext-value: attr-chars as they are, every other byte of the UTF-8 form as %XX. */
	private static String rfc5987(String name) {
		StringBuilder out = new StringBuilder();
		for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xFF;
			if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
					|| "!#$&+-.^_`|~".indexOf(c) >= 0) {
				out.append((char) c);
			}
			else {
				out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
					.append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
			}
		}
		return out.toString();
	}
}
