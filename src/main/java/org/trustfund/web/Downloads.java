package org.trustfund.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;

/**
 * The {@code Content-Disposition} header of every download (stored files, CSV exports), one rule for all.
 * <p>
 * An ASCII name is sent as {@code attachment; filename="name"}. A name with other characters (an Arabic
 * report title) is sent per RFC 6266 with an ASCII stand-in for old clients and the real name encoded per
 * RFC 5987: {@code attachment; filename="____ ____.pdf"; filename*=UTF-8''%D8%AA...}. Raw non-ASCII in a
 * header is not allowed by HTTP, and the servlet container drops or mangles it.
 */
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
		String encoded = ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString();
		return plain + encoded.substring(encoded.indexOf(';'));
	}
}
