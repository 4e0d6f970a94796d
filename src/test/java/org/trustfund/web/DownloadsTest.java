package org.trustfund.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.ContentDisposition;

/** The Content-Disposition of downloads, as RFC 6266 wants it. */
class DownloadsTest {

	@Test
	void anArabicNameIsSentAsFilenameStarWithAnAsciiStandIn() {
		String header = Downloads.attachment("تقرير مالي.pdf");

		assertThat(header).startsWith("attachment; filename=\"").contains(".pdf\"; ")
			.endsWith("filename*=UTF-8''%D8%AA%D9%82%D8%B1%D9%8A%D8%B1%20%D9%85%D8%A7%D9%84%D9%8A.pdf");
		assertThat(header.chars().allMatch(c -> c >= 0x20 && c < 0x7F)).isTrue();
		assertThat(ContentDisposition.parse(header).getFilename()).isEqualTo("تقرير مالي.pdf");
		// RFC 6266: each parameter once (one filename, one filename*).
		assertThat(header.split("filename=", -1)).hasSize(2);
		assertThat(header.split("filename\\*=", -1)).hasSize(2);
	}

	@Test
	void anAsciiNameIsAPlainQuotedFilename() {
		assertThat(Downloads.attachment("fund-ledger-2026-11-30.csv"))
			.isEqualTo("attachment; filename=\"fund-ledger-2026-11-30.csv\"");
	}

	@Test
	void quotesAndLineBreaksCannotBreakTheHeader() {
		String header = Downloads.attachment("a\"b\r\nSet-Cookie: x.pdf");

		assertThat(header).doesNotContain("\r").doesNotContain("\n");
		assertThat(ContentDisposition.parse(header).getFilename()).isEqualTo("a\"bSet-Cookie: x.pdf");
		assertThat(Downloads.attachment("  ")).isEqualTo("attachment; filename=\"download\"");
	}
}
