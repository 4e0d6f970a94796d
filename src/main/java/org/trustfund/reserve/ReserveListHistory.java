package org.trustfund.reserve;

import org.trustfund.shared.Note;
import static org.trustfund.history.HistoryColumn.optional;
import static org.trustfund.history.HistoryColumn.required;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.trustfund.calls.Call;
import org.trustfund.calls.Calls;
import org.trustfund.history.HistoryColumn;
import org.trustfund.history.HistoryFile;
import org.trustfund.history.HistoryImportContext;
import org.trustfund.history.HistoryKind;
import org.trustfund.history.HistoryRow;
import org.trustfund.shared.Money;
import org.trustfund.organisations.ImportedOrganisations;
import org.trustfund.proposals.ProposalService;
import org.trustfund.reserve.ReserveEvent.Kind;

/**
 * History kind {@code reserve-list}: the reserve list of a call the Board drew up before the fund adopted the
 * system. One row per project, in rank order: {@code reference} (the fund's own, unique), {@code call_reference}
 * (a call imported by the calls kind, without a reserve list yet), {@code rank} (rising within the call),
 * the organisation ({@code organisation_name}, {@code registration_number}, {@code country}: matched by
 * registration number and country, or created as a verified organisation marked as imported), {@code title},
 * {@code amount} (USD), {@code duration_months} (the call's maximum when absent) and {@code expires_on}, the list's
 * expiry, the same on every row of the call and after today (an expired list waits for nothing).
 * <p>
 * Each project becomes a proposal on the reserve list (status RESERVE_LIST, marked as imported) with an entry on
 * the call's list, so an offer and the Board's approval award it like a project the Board reserved here. When the
 * import ends, each new list's process starts as a list born from a Board outcome: it checks the money at once (an
 * asynchronous step run right after the import commits, so a failed import offers nothing) and then waits for
 * contributions, returned money, the periodic re-check and its expiry.
 */
@Component
class ReserveListHistory implements HistoryKind {

	static final String REFERENCE = "reference";

	private final Map<HistoryFile, Map<String, CallSoFar>> files = Collections.synchronizedMap(new WeakHashMap<>());
	private final Calls calls;
	private final ReserveLists lists;
	private final ReserveEntries entries;
	private final ReserveHistory history;
	private final ImportedOrganisations organisations;
	private final ProposalService proposals;
	private final RuntimeService runtime;
	private final JdbcTemplate jdbc;
	private final Clock clock;

	ReserveListHistory(Calls calls, ReserveLists lists, ReserveEntries entries, ReserveHistory history,
			ImportedOrganisations organisations, ProposalService proposals, RuntimeService runtime, JdbcTemplate jdbc,
			Clock clock) {
		this.calls = calls;
		this.lists = lists;
		this.entries = entries;
		this.history = history;
		this.organisations = organisations;
		this.proposals = proposals;
		this.runtime = runtime;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** What the check pass remembers of a call's rows in one file. */
	private static final class CallSoFar {
		LocalDate expiresOn;
		int lastRank;
	}

	@Override
	public String name() {
		return "reserve-list";
	}

	@Override
	public List<HistoryColumn> columns() {
		return List.of(required(REFERENCE, "history.format.reference"),
				required("call_reference", "history.format.reference"), required("rank", "history.format.count"),
				required("organisation_name", "history.format.text"),
				required("registration_number", "history.format.text"), required("country", "history.format.country"),
				required("title", "history.format.text"), required("amount", "history.format.amount"),
				optional("duration_months", "history.format.count"), required("expires_on", "history.format.date"));
	}

	@Override
	public String referenceColumn() {
		return REFERENCE;
	}

	@Override
	public int order() {
		return 60;
	}

	@Override
	@Transactional(readOnly = true)
	public void check(HistoryRow row, HistoryFile file) {
		String ref = row.text(REFERENCE);
		if (ref != null && ref.length() > 100) {
			row.problem(REFERENCE, "history.error.reserve-list.tooLong", 100);
		}
		if (ref != null && !file.firstTime("reference", ref)) {
			row.problem(REFERENCE, "history.error.reserve-list.duplicateReference", ref);
		}
		if (ref != null && importedBefore(ref)) {
			return;
		}
		String callRef = row.text("call_reference");
		Integer rank = row.count("rank");
		String name = row.text("organisation_name");
		String registration = row.text("registration_number");
		String country = row.country("country");
		String title = row.text("title");
		BigDecimal amount = row.amount("amount");
		Integer duration = row.optionalCount("duration_months");
		LocalDate expires = row.date("expires_on");
		if (name != null && name.length() > 200) {
			row.problem("organisation_name", "history.error.reserve-list.tooLong", 200);
		}
		if (title != null && title.length() > 200) {
			row.problem("title", "history.error.reserve-list.tooLong", 200);
		}
		if (amount != null && amount.signum() == 0) {
			row.problem("amount", "history.error.reserve-list.zero");
		}
		if (duration != null && (duration < 1 || duration > 120)) {
			row.problem("duration_months", "history.error.reserve-list.duration", duration, 120);
		}
		if (rank != null && rank == 0) {
			row.problem("rank", "history.error.reserve-list.zero");
		}
		if (expires != null && !expires.isAfter(LocalDate.now(clock.withZone(ZoneOffset.UTC)))) {
			row.problem("expires_on", "history.error.reserve-list.expired", expires);
		}
		if (registration != null && country != null) {
			organisations.check(row, "country", registration, country, file,
					"history.error.reserve-list.organisationOtherCountry");
		}
		if (callRef != null) {
			call(row, callRef, rank, expires, files.computeIfAbsent(file, f -> new HashMap<>()));
		}
	}

	private void call(HistoryRow row, String callRef, Integer rank, LocalDate expires, Map<String, CallSoFar> seen) {
		CallSoFar soFar = seen.get(callRef);
		if (soFar == null) {
			var call = calls.findByImportRef(callRef);
			if (call.isEmpty()) {
				row.problem("call_reference", "history.error.reserve-list.unknownCall", callRef);
				return;
			}
			if (lists.findByCallId(call.get().getId()).isPresent()) {
				row.problem("call_reference", "history.error.reserve-list.listExists", callRef);
				return;
			}
			soFar = new CallSoFar();
			soFar.expiresOn = expires;
			seen.put(callRef, soFar);
		}
		else if (expires != null && soFar.expiresOn != null && !expires.equals(soFar.expiresOn)) {
			row.problem("expires_on", "history.error.reserve-list.expiryDiffers", soFar.expiresOn);
		}
		if (rank != null) {
			if (rank <= soFar.lastRank) {
				row.problem("rank", "history.error.reserve-list.rankOrder", soFar.lastRank);
			}
			else {
				soFar.lastRank = rank;
			}
		}
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public RowOutcome write(HistoryRow row, HistoryImportContext context) {
		String ref = row.text(REFERENCE);
		if (importedBefore(ref)) {
			return RowOutcome.ALREADY_IMPORTED;
		}
		Call call = calls.findByImportRef(row.text("call_reference")).orElseThrow();
		ReserveList list = lists.lockByCallId(call.getId()).orElseGet(() -> opened(call, row, context));
		String country = row.country("country");
		String name = row.text("organisation_name");
		long organisationId = organisations.matchOrCreate(name, row.text("registration_number"), country,
				context.importId(), context.importedBy());
		BigDecimal amount = row.amount("amount");
		Integer duration = row.optionalCount("duration_months");
		String title = row.text("title");
		long proposalId = proposals.importReserved(call.getId(), organisationId, title, country, amount,
				duration == null ? call.getMaxDurationMonths() : duration, context.importId(), context.importedBy());
		int rank = row.count("rank");
		entries.save(ReserveEntry.imported(list.getId(), new ReserveEntry.Project(proposalId, organisationId,
				organisations.name(organisationId), country, title), rank, Money.of(amount), ref, history.now()));
		history.record(list, proposalId, Kind.ADDED, Note.of("note.reserve.addedImport", rank, Money.of(amount),
				String.valueOf(context.importId())), context.importedBy());
		return RowOutcome.WRITTEN;
	}

	private ReserveList opened(Call call, HistoryRow row, HistoryImportContext context) {
		LocalDate expires = row.date("expires_on");
		ReserveList list = lists.save(ReserveList.imported(call.getId(), expires, context.importId(), history.now()));
		history.record(list, null, Kind.LIST_OPENED, Note.of("note.reserve.openedImport", expires,
				String.valueOf(context.importId())), context.importedBy());
		return list;
	}

	/** Starts the process of every list this import opened: it checks the money at once, then waits for more. */
	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void finish(HistoryImportContext context) {
		for (ReserveList list : lists.findByImportIdOrderById(context.importId())) {
			runtime.startProcessInstanceByKey(ReserveListProcess.KEY, list.getCallId().toString(),
					Map.of(ReserveListProcess.CALL_ID, list.getCallId(), ReserveListProcess.SESSION_ID, 0L,
							ReserveListProcess.AFTER_OFFER, false));
		}
	}

	private boolean importedBefore(String ref) {
		return jdbc.queryForObject("select count(*) from reserve_entry where import_ref = ?", Long.class, ref) > 0;
	}
}
