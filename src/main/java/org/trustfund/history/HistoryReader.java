package org.trustfund.history;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads a history file row by row, streaming: CSV with Apache Commons CSV (strictly UTF-8, a byte order
 * mark allowed), the first sheet of an .xlsx workbook with POI's SAX event reader (one row in memory at a
 * time; dates written as dates come out as {@code 2016-12-31}, numbers as plain decimals). The first row
 * names the columns and is checked against the kind ({@link HistoryHeader}); each later row that is not
 * blank goes to the caller as a {@link HistoryRow} numbered as a spreadsheet shows it. Problems with the
 * file as a whole are row 0.
 */
final class HistoryReader {

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };
	private static final byte[] OLE = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };
	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	/** What reading found: the number of data rows given to the caller and the problems of the file itself. */
	record Result(long rows, List<RowProblem> problems) {
	}

	private final HistoryKind kind;
	private final List<HistoryKind> allKinds;
	private final String fileName;
	private final List<RowProblem> problems = new ArrayList<>();
	private List<String> header;
	private long rows;

	private HistoryReader(HistoryKind kind, List<HistoryKind> allKinds, String fileName) {
		this.kind = kind;
		this.allKinds = allKinds;
		this.fileName = fileName;
	}

	/**
	 * Reads {@code content} as a file of {@code kind}, giving each data row to {@code action} while reading
	 * (nothing is given when the header is wrong). An exception of {@code action} ends the reading and is
	 * thrown on.
	 * @param allKinds every kind, to tell a file of another kind
	 */
	static Result read(HistoryKind kind, List<HistoryKind> allKinds, String fileName, byte[] content,
			Consumer<HistoryRow> action) {
		HistoryReader reader = new HistoryReader(kind, allKinds, fileName);
		reader.readAll(content, action);
		return new Result(reader.rows, List.copyOf(reader.problems));
	}

	static boolean isXlsx(String fileName) {
		return fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx");
	}

	private void readAll(byte[] content, Consumer<HistoryRow> action) {
		String lower = fileName.toLowerCase(Locale.ROOT);
		if (content.length == 0) {
			fileProblem("history.error.empty");
		}
		else if (isXlsx(fileName)) {
			if (!startsWith(content, ZIP)) {
				fileProblem("history.error.notXlsx");
			}
			else {
				readXlsx(content, action);
			}
		}
		else if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
			if (startsWith(content, ZIP) || startsWith(content, OLE) || hasNul(content)) {
				fileProblem("history.error.notCsv");
			}
			else {
				readCsv(content, action);
			}
		}
		else {
			fileProblem("history.error.fileType");
		}
		if (problems.isEmpty() && header == null) {
			fileProblem("history.error.empty");
		}
		else if (problems.isEmpty() && rows == 0) {
			fileProblem("history.error.noRows");
		}
	}

	private void readCsv(byte[] content, Consumer<HistoryRow> action) {
		int start = startsWith(content, BOM) ? BOM.length : 0;
		Reader reader = new InputStreamReader(new ByteArrayInputStream(content, start, content.length - start),
				StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT));
		CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
		long number = 0;
		try (CSVParser parser = CSVParser.parse(reader, format)) {
			for (CSVRecord record : parser) {
				number++;
				List<String> values = record.toList();
				if (header == null) {
					if (!header(values)) {
						return;
					}
				}
				else {
					row(number, values, action);
				}
			}
		}
		catch (UncheckedIOException | IOException e) {
			Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
			while (cause != null && !(cause instanceof CharacterCodingException)) {
				cause = cause.getCause();
			}
			if (cause != null) {
				fileProblem("history.error.encoding", number + 1);
			}
			else {
				fileProblem("history.error.csv", number + 1);
			}
		}
		catch (IllegalStateException e) {
			// Commons CSV: a quote that is never closed, or a character after a closing quote
			fileProblem("history.error.csv", number + 1);
		}
	}

	private void readXlsx(byte[] content, Consumer<HistoryRow> action) {
		try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
			XSSFReader reader = new XSSFReader(pkg);
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			if (!sheets.hasNext()) {
				return;
			}
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
						new ReadOnlySharedStringsTable(pkg, false), new Rows(action), new PlainFormatter(), false));
				parser.parse(new InputSource(sheet));
			}
		}
		catch (ActionFailed e) {
			throw e.failure;
		}
		catch (StopReading e) {
			// the header was wrong: its problems are recorded
		}
		catch (Exception e) {
			if (e.getCause() instanceof ActionFailed failed) {
				throw failed.failure;
			}
			if (!(e.getCause() instanceof StopReading)) {
				fileProblem("history.error.notXlsx");
			}
		}
	}

	/** @return whether the header is right; records its problems otherwise */
	private boolean header(List<String> names) {
		List<String> normalised = names.stream().map(n -> n == null ? "" : n.strip().toLowerCase(Locale.ROOT))
			.toList();
		if (normalised.stream().allMatch(String::isEmpty)) {
			fileProblem("history.error.empty");
			return false;
		}
		List<RowProblem> found = HistoryHeader.check(kind, allKinds, fileName, normalised);
		problems.addAll(found);
		header = normalised;
		return found.isEmpty();
	}

	private void row(long number, List<String> values, Consumer<HistoryRow> action) {
		if (values.stream().allMatch(v -> v == null || v.isBlank())) {
			return;
		}
		Map<String, String> byColumn = new HashMap<>();
		HistoryRow row = new HistoryRow(fileName, number, byColumn);
		for (int i = 0; i < values.size(); i++) {
			String value = values.get(i);
			if (i >= header.size() || header.get(i).isEmpty()) {
				if (value != null && !value.isBlank()) {
					row.problem(null, "history.error.extraValue", value.strip());
				}
				continue;
			}
			byColumn.put(header.get(i), value);
		}
		rows++;
		action.accept(row);
	}

	private void fileProblem(String key, Object... arguments) {
		problems.add(new RowProblem(fileName, 0, null, key, List.of(arguments)));
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		if (content.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if (content[i] != magic[i]) {
				return false;
			}
		}
		return true;
	}

	private static boolean hasNul(byte[] content) {
		for (int i = 0; i < Math.min(content.length, 8192); i++) {
			if (content[i] == 0) {
				return true;
			}
		}
		return false;
	}

	/** One sheet row at a time from POI's SAX handler; cells left empty are absent from the row. */
	private final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final Consumer<HistoryRow> action;
		private final List<String> cells = new ArrayList<>();

		Rows(Consumer<HistoryRow> action) {
			this.action = action;
		}

		@Override
		public void startRow(int rowNum) {
			cells.clear();
		}

		@Override
		public void cell(String reference, String formattedValue, XSSFComment comment) {
			int column = new CellReference(reference).getCol();
			while (cells.size() <= column) {
				cells.add(null);
			}
			cells.set(column, formattedValue);
		}

		@Override
		public void endRow(int rowNum) {
			if (header == null) {
				if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
					return;
				}
				if (!header(cells)) {
					throw new StopReading();
				}
				return;
			}
			try {
				row(rowNum + 1L, new ArrayList<>(cells), action);
			}
			catch (RuntimeException e) {
				throw new ActionFailed(e);
			}
		}
	}

	/** The caller's action failed: thrown through the SAX parser and unwrapped. */
	private static final class ActionFailed extends RuntimeException {
		private final RuntimeException failure;

		ActionFailed(RuntimeException failure) {
			super(failure);
			this.failure = failure;
		}
	}

	/** Ends reading a workbook whose header is wrong. */
	private static final class StopReading extends RuntimeException {
		StopReading() {
			super(null, null, false, false);
		}
	}

	/** Numbers as plain decimals ({@code 1500000.5}) and date-formatted numbers as ISO dates. */
	private static final class PlainFormatter extends org.apache.poi.ss.usermodel.DataFormatter {

		PlainFormatter() {
			super(Locale.ROOT);
		}

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString,
				boolean use1904Windowing) {
			if (org.apache.poi.ss.usermodel.DateUtil.isADateFormat(formatIndex, formatString)
					&& org.apache.poi.ss.usermodel.DateUtil.isValidExcelDate(value)) {
				return org.apache.poi.ss.usermodel.DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate()
					.toString();
			}
			return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
		}
	}
}
