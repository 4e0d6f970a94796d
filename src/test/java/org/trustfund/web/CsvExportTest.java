package org.trustfund.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;

/** The one CSV format: read back with Commons CSV, as a spreadsheet user's tool would. */
class CsvExportTest {

	@Test
	void cellsThatAFormulaCouldStartWithAreNeutralisedAndEveryTextIsQuoted() throws IOException {
		StringWriter out = new StringWriter();
		CsvExport.to(out, "reference", "amount_usd")
			.row("FLD-7;=2*3;", new BigDecimal("10.00"))
			.row("=2*3", new BigDecimal("-10.00"))
			.row("+1", 5L)
			.row("@SUM(A1:A9)", 0)
			.row("-2+3", null)
			.row("\tTAB", null)
			.row("\rCR", null)
			.flush();
		String csv = out.toString();

		assertThat(csv).contains("\"FLD-7;=2*3;\",10.00\r\n").contains("\"'=2*3\",-10.00\r\n")
			.contains("\"'+1\",5\r\n").contains("\"'@SUM(A1:A9)\",0\r\n").contains("\"'-2+3\",\r\n");
		List<String> references = parse(csv).stream().map(r -> r.get("reference")).toList();
		assertThat(references).containsExactly("FLD-7;=2*3;", "'=2*3", "'+1", "'@SUM(A1:A9)", "'-2+3", "'\tTAB",
				"'\rCR");
		assertThat(parse(csv).get(1).get("amount_usd")).isEqualTo("-10.00");
	}

	@Test
	void beginsWithAByteOrderMarkAndKeepsArabicText() throws IOException {
		StringWriter out = new StringWriter();
		CsvExport.to(out, "donor", "value_date").row("مؤسسة الأمل، فرع \"عمّان\"", LocalDate.of(2014, 3, 1)).flush();
		String csv = out.toString();

		assertThat(csv).startsWith("\uFEFF\"donor\",\"value_date\"\r\n");
		CSVRecord row = parse(csv).get(0);
		assertThat(row.get("donor")).isEqualTo("مؤسسة الأمل، فرع \"عمّان\"");
		assertThat(row.get("value_date")).isEqualTo("2014-03-01");
	}

	@Test
	void numbersStayPlainNumbers() throws IOException {
		StringWriter out = new StringWriter();
		CsvExport.to(out, "a", "b", "c").row(new BigDecimal("1E+3"), new BigDecimal("-0.50"), 42).flush();
		assertThat(out.toString()).endsWith("\r\n1000,-0.50,42\r\n");
	}

	@Test
	void aDownloadIsUtf8CsvWithItsName() throws IOException {
		MockHttpServletResponse response = new MockHttpServletResponse();
		CsvExport.download(response, "تقرير مالي.csv", "x").row("ممول").flush();

		assertThat(response.getContentType()).startsWith("text/csv").containsIgnoringCase("charset=UTF-8");
		assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION))
			.contains("filename*=UTF-8''%D8%AA%D9%82%D8%B1%D9%8A%D8%B1%20%D9%85%D8%A7%D9%84%D9%8A.csv");
		assertThat(parse(response.getContentAsString()).get(0).get("x")).isEqualTo("ممول");
	}

	/** Parses as a spreadsheet import would: the BOM is dropped, the first record names the columns. */
	static List<CSVRecord> parse(String csv) throws IOException {
		assertThat(csv).startsWith("\uFEFF");
		return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(csv.substring(1))).getRecords();
	}
}
