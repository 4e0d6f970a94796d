package org.trustfund.history;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.trustfund.TestData;
import org.trustfund.donors.DonorService;

/** Files for history import tests: CSV text, .xlsx workbooks, API requests. */
final class HistorySupport {

	private HistorySupport() {
	}

	static byte[] csv(String... lines) {
		return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * A workbook of the given rows (the first is the header); a value of type {@link LocalDate} becomes a date
	 * cell, a {@link Number} a numeric cell, anything else text.
	 */
	static byte[] xlsx(List<List<Object>> rows) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("data");
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("d/m/yy"));
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r);
				List<Object> values = rows.get(r);
				for (int c = 0; c < values.size(); c++) {
					Object v = values.get(c);
					if (v == null) {
						continue;
					}
					var cell = row.createCell(c);
					if (v instanceof LocalDate d) {
						cell.setCellValue(d);
						cell.setCellStyle(date);
					}
					else if (v instanceof Number n) {
						cell.setCellValue(n.doubleValue());
					}
					else {
						cell.setCellValue(v.toString());
					}
				}
			}
			workbook.write(out);
			workbook.dispose();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	static MockHttpServletRequestBuilder upload(String path, String fileName, byte[] content, String user) {
		return multipart(path).file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
			.with(httpBasic(user, TestData.PASSWORD));
	}

	/** A prefix unique to this test run, for the fund's references. */
	static String prefix() {
		return TestData.unique("h").toUpperCase(Locale.ROOT);
	}

	/** Country codes without a Member State donor yet, so that tests sharing a database do not collide. */
	static List<String> freeCountries(DonorService donors, int count) {
		return java.util.Arrays.stream(Locale.getISOCountries()).filter(c -> !donors.memberStateExists(c))
			.sorted(java.util.Comparator.reverseOrder()).limit(count).toList();
	}
}
