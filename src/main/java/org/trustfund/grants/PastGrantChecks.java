package org.trustfund.grants;

import org.springframework.modulith.NamedInterface;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.trustfund.calls.Calls;
import org.trustfund.grants.PastGrantsHistory.Record;
import org.trustfund.history.HistoryFile;
import org.trustfund.history.HistoryRow;
import org.trustfund.ledger.LedgerReports;
import org.trustfund.organisations.ImportedOrganisations;

/**
 * The check pass of the {@code grants} kind: each row on its own, then against the grant's earlier rows in the
 * file (kept per file in {@link FileState}: sums and counts, never rows) and against the database.
 */
@NamedInterface("api")
final class PastGrantChecks {

	private static final int MAX_DURATION = 120;

	/** What the check pass remembers of one file: per grant reference its sums so far, and the file's commitments. */
	static final class FileState {
		final Map<String, GrantSoFar> grants = new HashMap<>();
		/** The available balance's change per value date: the ledger's, less the commitments of earlier rows. */
		TreeMap<LocalDate, BigDecimal> availableChanges;
	}

	/** One grant of the file as far as its rows went. */
	static final class GrantSoFar {
		boolean importedBefore;
		boolean broken;
		BigDecimal amount;
		LocalDate awardedOn;
		boolean closed;
		int tranches;
		BigDecimal planned = BigDecimal.ZERO;
		BigDecimal paid = BigDecimal.ZERO;
		BigDecimal refunded = BigDecimal.ZERO;
		boolean unpaidTrancheSeen;
		boolean trancheRowsEnded;
		int results;
	}

	private final Grants grants;
	private final Calls calls;
	private final ImportedOrganisations organisations;
	private final LedgerReports ledger;
	private final JdbcTemplate jdbc;
	private final Supplier<LocalDate> today;

	PastGrantChecks(Grants grants, Calls calls, ImportedOrganisations organisations, LedgerReports ledger,
			JdbcTemplate jdbc, Supplier<LocalDate> today) {
		this.grants = grants;
		this.calls = calls;
		this.organisations = organisations;
		this.ledger = ledger;
		this.jdbc = jdbc;
		this.today = today;
	}

	void check(HistoryRow row, HistoryFile file, FileState state) {
		Record record = row.choice("record", Record.class);
		String ref = row.text(PastGrantsHistory.REFERENCE);
		if (ref != null && ref.length() > 100) {
			row.problem(PastGrantsHistory.REFERENCE, "history.error.grants.tooLong", 100);
		}
		if (ref != null && !file.firstTime("reference", ref)) {
			row.problem(PastGrantsHistory.REFERENCE, "history.error.grants.duplicateReference", ref);
		}
		if (record == null || ref == null) {
			return;
		}
		switch (record) {
			case GRANT -> grant(row, ref, file, state);
			case TRANCHE, REFUND, RESULT -> part(record, row, ref, state);
		}
	}

	private void grant(HistoryRow row, String ref, HistoryFile file, FileState state) {
		GrantSoFar g = new GrantSoFar();
		state.grants.put(ref, g);
		if (ref.length() > 40) {
			row.problem(PastGrantsHistory.REFERENCE, "history.error.grants.tooLong", 40);
		}
		var existing = grants.findByGrantRef(ref);
		if (existing.isPresent()) {
			g.importedBefore = existing.get().getImportId() != null;
			if (!g.importedBefore) {
				row.problem(PastGrantsHistory.REFERENCE, "history.error.grants.referenceTaken", ref);
			}
			return;
		}
		String callRef = row.text("call_reference");
		String name = row.text("organisation_name");
		String registration = row.text("registration_number");
		String country = row.country("country");
		String title = row.text("title");
		LocalDate awarded = row.date("awarded_on");
		BigDecimal amount = row.amount("amount");
		Integer duration = row.count("duration_months");
		GrantStatus status = row.choice("status", PastStatus.class) == PastStatus.CLOSED ? GrantStatus.CLOSED
				: GrantStatus.ACTIVE;
		LocalDate closedOn = row.optionalDate("closed_on");
		if (callRef != null && calls.findByImportRef(callRef).isEmpty()) {
			row.problem("call_reference", "history.error.grants.unknownCall", callRef);
		}
		if (name != null && name.length() > 200) {
			row.problem("organisation_name", "history.error.grants.tooLong", 200);
		}
		if (title != null && title.length() > 200) {
			row.problem("title", "history.error.grants.tooLong", 200);
		}
		if (registration != null && country != null) {
			organisations.check(row, "country", registration, country, file,
					"history.error.grants.organisationOtherCountry");
		}
		if (duration != null && (duration < 1 || duration > MAX_DURATION)) {
			row.problem("duration_months", "history.error.grants.duration", duration, MAX_DURATION);
		}
		if (amount != null && amount.signum() == 0) {
			row.problem("amount", "history.error.grants.zero");
		}
		if (awarded != null && awarded.isAfter(today.get())) {
			row.problem("awarded_on", "history.error.grants.future", awarded);
		}
		if (status == GrantStatus.CLOSED && row.optionalText("closed_on") == null && row.optionalText("status") != null) {
			row.problem("closed_on", "history.error.required");
		}
		if (closedOn != null && status != GrantStatus.CLOSED) {
			row.problem("closed_on", "history.error.grants.closedOnActive");
		}
		if (closedOn != null && awarded != null && closedOn.isBefore(awarded)) {
			row.problem("closed_on", "history.error.grants.beforeAward", awarded);
		}
		if (closedOn != null && closedOn.isAfter(today.get())) {
			row.problem("closed_on", "history.error.grants.future", closedOn);
		}
		if (amount != null && amount.signum() > 0 && awarded != null) {
			if (state.availableChanges == null) {
				state.availableChanges = ledger.availableChangesByDay();
			}
			BigDecimal available = lowestAvailableFrom(state.availableChanges, awarded);
			if (amount.compareTo(available) > 0) {
				row.problem("amount", "history.error.grants.insufficientFunds", available.max(BigDecimal.ZERO)
					.setScale(2).toPlainString(), awarded);
			}
		}
		if (row.hasProblems()) {
			g.broken = true;
			return;
		}
		g.amount = amount;
		g.awardedOn = awarded;
		g.closed = status == GrantStatus.CLOSED;
		state.availableChanges.merge(awarded, amount.negate(), BigDecimal::add);
	}

	/**
	 * The lowest available balance on {@code day} and every later day (by value date): a commitment on
	 * {@code day} lowers each of them, so it must fit the lowest. Money the file itself returns (refunds, the
	 * release of a closed grant) is left out: the check errs on the side of refusing.
	 */
	static BigDecimal lowestAvailableFrom(TreeMap<LocalDate, BigDecimal> changes, LocalDate day) {
		BigDecimal balance = BigDecimal.ZERO;
		for (BigDecimal change : changes.headMap(day, true).values()) {
			balance = balance.add(change);
		}
		BigDecimal lowest = balance;
		for (BigDecimal change : changes.tailMap(day, false).values()) {
			balance = balance.add(change);
			lowest = lowest.min(balance);
		}
		return lowest;
	}

	private void part(Record record, HistoryRow row, String ref, FileState state) {
		String grantRef = row.text(PastGrantsHistory.GRANT_REFERENCE);
		if (grantRef == null) {
			return;
		}
		GrantSoFar g = state.grants.get(grantRef);
		if (g == null) {
			row.problem(PastGrantsHistory.GRANT_REFERENCE, "history.error.grants.grantRowFirst", grantRef);
			return;
		}
		if (g.importedBefore) {
			if (!importedBefore(record, ref)) {
				row.problem(PastGrantsHistory.REFERENCE, "history.error.grants.grantImportedBefore", grantRef);
			}
			return;
		}
		if (g.broken) {
			return;
		}
		PastGrantParts parts = new PastGrantParts(today.get());
		switch (record) {
			case TRANCHE -> parts.tranche(row, g);
			case REFUND -> parts.refund(row, g);
			default -> parts.result(row, g);
		}
	}

	private boolean importedBefore(Record record, String ref) {
		String table = switch (record) {
			case TRANCHE -> "grant_tranche";
			case REFUND -> "grant_refund";
			default -> "grant_report";
		};
		return jdbc.queryForObject("select count(*) from " + table + " where import_ref = ?", Long.class, ref) > 0;
	}

	/** The states a past grant can be recorded in. */
	enum PastStatus {
		ACTIVE, CLOSED
	}
}
