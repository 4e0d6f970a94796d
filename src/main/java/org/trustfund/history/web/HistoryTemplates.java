package org.trustfund.history.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.trustfund.web.CsvExport;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.trustfund.history.HistoryColumn;
import org.trustfund.history.HistoryKind;

/** Empty files of a kind, generated from its columns: the first row names them, in the kind's order. */
final class HistoryTemplates {

	private HistoryTemplates() {
	}

	/** @return a CSV file in UTF-8 with a byte-order mark, holding the header row (each name quoted) */
	static byte[] csv(HistoryKind kind) {
		StringWriter out = new StringWriter();
		// the one CSV writer of the product: byte-order mark, quoted text (the import reads both)
		CsvExport.to(out, kind.columns().stream().map(HistoryColumn::name).toArray(String[]::new)).flush();
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** @return an .xlsx workbook whose first sheet holds the header row; every column is formatted as text */
	static byte[] xlsx(HistoryKind kind) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(kind.name());
			Row header = sheet.createRow(0);
			var text = workbook.createCellStyle();
			text.setDataFormat(workbook.createDataFormat().getFormat("@"));
			int i = 0;
			for (HistoryColumn column : kind.columns()) {
				header.createCell(i).setCellValue(column.name());
				sheet.setDefaultColumnStyle(i, text);
				sheet.setColumnWidth(i, 20 * 256);
				i++;
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
