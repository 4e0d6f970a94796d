package org.trustfund.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import org.trustfund.shared.Money;
import org.trustfund.shared.MoneyFormat;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.springframework.http.HttpHeaders;
import org.springframework.modulith.NamedInterface;

/**
 * Every CSV file the product writes, in one format (Apache Commons CSV, RFC 4180):
 * <ul>
 * <li>UTF-8 with a byte-order mark first, so spreadsheet programs open Arabic text as Arabic;</li>
 * <li>records end with CRLF; the first record is the header;</li>
 * <li>a number ({@link Number}: amounts, ids, counts) is written as a plain number, unquoted, so a
 * spreadsheet sums it; a negative amount stays {@code -10.00};</li>
 * <li>every other cell (text, dates, states, yes/no) is text: always quoted, and neutralised when its first
 * character is {@code = + - @}, tab or carriage return, by a leading {@code '}, so no spreadsheet runs it
 * as a formula ({@code =2*3} is written {@code "'=2*3"}). An empty ({@code null}) cell is written as nothing.</li>
 * </ul>
 * Use: {@code CsvExport.download(response, "ledger.csv", "id", "amount_usd")} then {@link #row} per record.
 */
@NamedInterface("api")
public final class CsvExport {

	private static final String FORMULA_STARTS = "=+-@\t\r";
	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.NON_NUMERIC)
		.setRecordSeparator("\r\n").get();

	private final CSVPrinter printer;

	private CsvExport(Writer out, String... header) {
		try {
			out.write('\uFEFF');
			this.printer = new CSVPrinter(out, FORMAT);
			printer.printRecord((Object[]) header);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Writes the byte-order mark and the header to {@code out}; rows follow with {@link #row}. */
	public static CsvExport to(Writer out, String... header) {
		return new CsvExport(out, header);
	}

	/**
	 * Starts a CSV download: content type {@code text/csv; charset=UTF-8}, a {@code Content-Disposition}
	 * from {@link Downloads#attachment}, the byte-order mark and the header.
	 * @throws UncheckedIOException when the response cannot be written
	 */
	public static CsvExport download(HttpServletResponse response, String fileName, String... header) {
		response.setContentType("text/csv");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(fileName));
		try {
			return new CsvExport(response.getWriter(), header);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Writes one record. Each cell is a {@link Number} (written plain) or anything else (written as
	 * neutralised, quoted text of its {@code toString()}).
	 * @throws UncheckedIOException when the output cannot be written
	 */
	public CsvExport row(Object... cells) {
		Object[] values = new Object[cells.length];
		for (int i = 0; i < cells.length; i++) {
			values[i] = cell(cells[i]);
		}
		try {
			printer.printRecord(values);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return this;
	}

	/** Sends what is buffered; the servlet container closes the response. */
	public void flush() {
		try {
			printer.flush();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A text cell as written (before quoting): {@code '} added before a character that starts a formula. */
	public static String neutralise(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		return FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
	}

	private static Object cell(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof BigDecimal || value instanceof Money) {
			return MoneyFormat.csv(value);
		}
		if (value instanceof Number) {
			return value;
		}
		return neutralise(value.toString());
	}
}
