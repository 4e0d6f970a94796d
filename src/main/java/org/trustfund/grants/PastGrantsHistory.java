package org.trustfund.grants;

import org.springframework.modulith.NamedInterface;
import static org.trustfund.history.HistoryColumn.optional;
import static org.trustfund.history.HistoryColumn.required;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.trustfund.calls.AssistanceService;
import org.trustfund.calls.Calls;
import org.trustfund.history.HistoryColumn;
import org.trustfund.history.HistoryFile;
import org.trustfund.history.HistoryImportContext;
import org.trustfund.history.HistoryKind;
import org.trustfund.history.HistoryRow;
import org.trustfund.ledger.LedgerReports;
import org.trustfund.organisations.ImportedOrganisations;

/**
 * History kind {@code grants}: grants the fund awarded before it adopted the system, with their money and results.
 * One row per record, the {@code record} column saying which; the rows of a grant follow its grant row, its
 * tranches (numbered 1, 2, ... in order, paid ones first) before its refunds and results:
 * <ul>
 * <li>{@code grant}: {@code reference} (the grant's reference, at most 40 characters), {@code call_reference} (a
 * call imported before by the calls kind), the organisation ({@code organisation_name},
 * {@code registration_number}, {@code country}: matched by registration number and country, or created as a
 * verified organisation marked as imported), {@code title}, {@code awarded_on}, {@code amount} (USD),
 * {@code duration_months}, {@code status} active or closed, {@code closed_on} for a closed grant;</li>
 * <li>{@code tranche}: {@code grant_reference}, {@code number}, {@code amount}, {@code planned_on}, and when paid
 * {@code paid_on} and {@code paid_amount};</li>
 * <li>{@code refund}: {@code grant_reference}, {@code amount}, {@code received_on};</li>
 * <li>{@code result}: {@code grant_reference}, {@code number} (the report: report k comes after tranche k, the last
 * tranche's report is the final one), {@code due_on} (the period's report date: results count in its year),
 * {@code women}, {@code girls}, {@code men}, {@code boys} and victims per service (optional columns named after the
 * services), {@code narrative}.</li>
 * </ul>
 * Every row has its own {@code reference}, unique in the kind. Money becomes ledger entries with its own value date:
 * the commitment at the award day, each payment at its paid day, each refund at its received day, and for a closed
 * grant the unspent rest released at its closing day. As when the Board awarded it, a grant is never committed
 * beyond the money available: the check pass refuses a grant whose amount exceeds the balance available (by value
 * date, less the grants earlier in the file) on its award day or any later day, so contributions are imported
 * first with their own dates; the ledger itself refuses a commitment beyond today's balance. An active grant's process starts where the
 * grant stands ({@link ImportedGrantStarts}).
 */
@Component
@NamedInterface("api")
class PastGrantsHistory implements HistoryKind {

	static final String REFERENCE = "reference";
	static final String GRANT_REFERENCE = "grant_reference";
	static final String[] SERVICES = services();

	/** What one row records. */
	enum Record {
		GRANT, TRANCHE, REFUND, RESULT
	}

	private final Map<HistoryFile, PastGrantChecks.FileState> files = Collections.synchronizedMap(new WeakHashMap<>());
	private final PastGrantChecks checks;
	private final PastGrantWriter writer;
	private final ImportedGrantStarts starts;

	PastGrantsHistory(Grants grants, Calls calls, ImportedOrganisations organisations, LedgerReports ledger,
			JdbcTemplate jdbc, PastGrantWriter writer, ImportedGrantStarts starts, Clock clock) {
		this.checks = new PastGrantChecks(grants, calls, organisations, ledger, jdbc,
				() -> LocalDate.now(clock.withZone(ZoneOffset.UTC)));
		this.writer = writer;
		this.starts = starts;
	}

	@Override
	public String name() {
		return "grants";
	}

	@Override
	public List<HistoryColumn> columns() {
		List<HistoryColumn> columns = new ArrayList<>(List.of(required("record", "history.format.choice"),
				required(REFERENCE, "history.format.reference"), optional(GRANT_REFERENCE, "history.format.reference"),
				optional("call_reference", "history.format.reference"),
				optional("organisation_name", "history.format.text"),
				optional("registration_number", "history.format.text"), optional("country", "history.format.country"),
				optional("title", "history.format.text"), optional("awarded_on", "history.format.date"),
				optional("amount", "history.format.amount"), optional("duration_months", "history.format.count"),
				optional("status", "history.format.choice"), optional("closed_on", "history.format.date"),
				optional("number", "history.format.count"), optional("planned_on", "history.format.date"),
				optional("paid_on", "history.format.date"), optional("paid_amount", "history.format.amount"),
				optional("received_on", "history.format.date"), optional("due_on", "history.format.date"),
				optional("women", "history.format.count"), optional("girls", "history.format.count"),
				optional("men", "history.format.count"), optional("boys", "history.format.count")));
		for (String service : SERVICES) {
			columns.add(optional(service, "history.format.count"));
		}
		columns.add(optional("narrative", "history.format.text"));
		return List.copyOf(columns);
	}

	@Override
	public String referenceColumn() {
		return REFERENCE;
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	@Transactional(readOnly = true)
	public void check(HistoryRow row, HistoryFile file) {
		checks.check(row, file, files.computeIfAbsent(file, f -> new PastGrantChecks.FileState()));
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public RowOutcome write(HistoryRow row, HistoryImportContext context) {
		Record record = row.choice("record", Record.class);
		if (record == null || row.hasProblems()) {
			throw new IllegalStateException("Row " + row.number() + " was not checked: " + row.problems());
		}
		return writer.write(record, row, context) ? RowOutcome.WRITTEN : RowOutcome.ALREADY_IMPORTED;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void finish(HistoryImportContext context) {
		starts.finish(context);
	}

	private static String[] services() {
		AssistanceService[] all = AssistanceService.values();
		String[] names = new String[all.length];
		for (int i = 0; i < all.length; i++) {
			names[i] = all[i].name().toLowerCase(Locale.ROOT);
		}
		return names;
	}

	/** Figures of a result row (the row was checked). */
	static ReportFigures figures(HistoryRow row) {
		Map<AssistanceService, Integer> services = new java.util.EnumMap<>(AssistanceService.class);
		for (AssistanceService s : AssistanceService.values()) {
			Integer n = row.optionalCount(s.name().toLowerCase(Locale.ROOT));
			if (n != null) {
				services.put(s, n);
			}
		}
		return new ReportFigures(row.count("women"), row.count("girls"), row.count("men"), row.count("boys"), services,
				row.optionalText("narrative"), List.of());
	}

	static BigDecimal zeroIfNull(BigDecimal amount) {
		return amount == null ? BigDecimal.ZERO.setScale(2) : amount;
	}
}
