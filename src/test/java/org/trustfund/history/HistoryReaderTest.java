package org.trustfund.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reader alone: row numbers as a spreadsheet shows them, .xlsx cells as plain text, header checks. */
class HistoryReaderTest {

	static final HistoryKind PAYMENTS = kind("payments", HistoryColumn.required("reference", "history.format.reference"),
			HistoryColumn.required("paid_on", "history.format.date"), HistoryColumn.required("amount", "history.format.amount"),
			HistoryColumn.optional("note", "history.format.text"));
	static final HistoryKind PEOPLE = kind("people", HistoryColumn.required("reference", "history.format.reference"),
			HistoryColumn.required("name", "history.format.text"));

	@Test
	void xlsxRowsKeepTheirSpreadsheetNumbersAndCellsBecomePlainText() {
		List<List<Object>> rows = new ArrayList<>();
		rows.add(List.of("Reference", "paid_on", "amount"));
		rows.add(List.of("A1", LocalDate.of(2016, 12, 31), 1500000.5));
		rows.add(List.of());
		rows.add(Arrays.asList("A2", "2015-01-02", 12, null));
		List<HistoryRow> read = new ArrayList<>();
		HistoryReader.Result result = HistoryReader.read(PAYMENTS, List.of(PAYMENTS, PEOPLE), "p.xlsx",
				HistorySupport.xlsx(rows), read::add);
		assertThat(result.problems()).isEmpty();
		assertThat(result.rows()).isEqualTo(2);
		assertThat(read).extracting(HistoryRow::number).containsExactly(2L, 4L);
		assertThat(read.get(0).date("paid_on")).isEqualTo(LocalDate.of(2016, 12, 31));
		assertThat(read.get(0).amount("amount")).isEqualByComparingTo("1500000.50");
		assertThat(read.get(1).amount("amount")).isEqualByComparingTo("12");
		assertThat(read.get(1).optionalText("note")).isNull();
	}

	@Test
	void csvRowsCountBlankLinesAndQuotedLineBreaksAsASpreadsheetDoes() {
		byte[] csv = HistorySupport.csv("reference,paid_on,amount,note", "A1,2016-01-01,1.00,\"two\nlines\"", "",
				"A2,2016-01-02,2.00,", "A3,2016-01-03,3.00,,surplus");
		List<HistoryRow> read = new ArrayList<>();
		HistoryReader.Result result = HistoryReader.read(PAYMENTS, List.of(PAYMENTS, PEOPLE), "p.csv", csv, read::add);
		assertThat(result.problems()).isEmpty();
		assertThat(read).extracting(HistoryRow::number).containsExactly(2L, 4L, 5L);
		assertThat(read.get(0).optionalText("note")).isEqualTo("two\nlines");
		assertThat(read.get(2).problems()).singleElement()
			.satisfies(p -> assertThat(p.messageKey()).isEqualTo("history.error.extraValue"));
	}

	@Test
	void aFileOfAnotherKindIsNamedAndNoRowIsRead() {
		List<HistoryRow> read = new ArrayList<>();
		HistoryReader.Result result = HistoryReader.read(PAYMENTS, List.of(PAYMENTS, PEOPLE), "people.csv",
				HistorySupport.csv("reference,name", "P1,Someone"), read::add);
		assertThat(read).isEmpty();
		assertThat(result.problems()).singleElement().satisfies(p -> {
			assertThat(p.row()).isZero();
			assertThat(p.messageKey()).isEqualTo("history.error.wrongKind");
			assertThat(p.arguments()).containsExactly("payments", "people");
		});
	}

	private static HistoryKind kind(String name, HistoryColumn... columns) {
		return new HistoryKind() {
			@Override
			public String name() {
				return name;
			}

			@Override
			public List<HistoryColumn> columns() {
				return List.of(columns);
			}

			@Override
			public String referenceColumn() {
				return "reference";
			}

			@Override
			public int order() {
				return 1;
			}

			@Override
			public void check(HistoryRow row, HistoryFile file) {
			}

			@Override
			public RowOutcome write(HistoryRow row, HistoryImportContext context) {
				return RowOutcome.WRITTEN;
			}
		};
	}
}
