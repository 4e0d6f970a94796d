package org.trustfund.history;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import org.trustfund.ledger.FundLedger;
import org.trustfund.shared.Money;

/**
 * History kind {@code operating-reserve}: the levels at which the fund kept money back from new grants,
 * each from its value date. Each row sets the reserve to its level (the ledger books the change from the
 * level before), in file order, so rows are written oldest first. A level the available balance cannot cover,
 * or the level the reserve already has, is refused when writing and the whole file is rolled back.
 */
@Component
class OperatingReserveHistory implements HistoryKind {

	static final String REFERENCE = "reference";

	private final FundLedger ledger;
	private final Clock clock;

	OperatingReserveHistory(FundLedger ledger, Clock clock) {
		this.ledger = ledger;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "operating-reserve";
	}

	@Override
	public List<HistoryColumn> columns() {
		return List.of(HistoryColumn.required(REFERENCE, "history.format.reference"),
				HistoryColumn.required("level", "history.format.amount"),
				HistoryColumn.required("value_date", "history.format.date"),
				HistoryColumn.optional("reason", "history.format.text"));
	}

	@Override
	public String referenceColumn() {
		return REFERENCE;
	}

	@Override
	public int order() {
		return 70;
	}

	@Override
	public void check(HistoryRow row, HistoryFile file) {
		MoneyRows.reference(row, REFERENCE, file);
		row.amount("level");
		java.time.LocalDate on = MoneyRows.past(row, "value_date", clock);
		java.time.LocalDate last = ledger.operatingReserveLastSetOn();
		if (on != null && last != null && on.isBefore(last)
				&& !ledger.operatingReserveRecorded(row.optionalText(REFERENCE) == null ? "" : row.optionalText(REFERENCE))) {
			row.problem("value_date", "history.error.operating-reserve.beforeLast", on, last);
		}
		row.optionalText("reason", 900);
	}

	@Override
	public RowOutcome write(HistoryRow row, HistoryImportContext context) {
		String reference = row.text(REFERENCE);
		if (ledger.operatingReserveRecorded(reference)) {
			return RowOutcome.ALREADY_IMPORTED;
		}
		BigDecimal level = row.amount("level");
		String reason = row.optionalText("reason");
		ledger.setOperatingReserve(Money.of(level), reason == null ? "Operating reserve (history import " + context
			.importId() + ")" : reason, MoneyRows.past(row, "value_date", clock), reference);
		return RowOutcome.WRITTEN;
	}
}
