package org.trustfund.calls;

import static org.trustfund.history.HistoryColumn.optional;
import static org.trustfund.history.HistoryColumn.required;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.trustfund.history.HistoryColumn;
import org.trustfund.history.HistoryFile;
import org.trustfund.history.HistoryImportContext;
import org.trustfund.history.HistoryKind;
import org.trustfund.history.HistoryRow;

/**
 * History kind {@code calls}: the calls for proposals a fund ran before it adopted the system. One row per call:
 * its reference (the fund's own, unique), title, opening date and submission deadline (dates, the deadline taken
 * as 23:59 of that day in {@code time_zone}, UTC when absent), status {@code closed} (decisions not recorded) or
 * {@code decided}, eligible countries or regions (ISO codes or region names, separated by spaces, commas or
 * semicolons), target groups and services as far as known, ceiling per grant and envelope (USD), maximum duration
 * (months) and the reserve list's expiry (the day after the deadline when unknown; a reserve-list file gives the
 * real one).
 * <p>
 * No call process is started for a past call: its deadline has passed and its proposals were screened, reviewed
 * and decided outside the system, so a process would only wait on a timer already due and then on reviews that
 * never come. Past grants and reserve lists refer to the call by its reference.
 */
@Component
class PastCallsHistory implements HistoryKind {

	static final String REFERENCE = "reference";
	private static final int MAX_DURATION = 120;

	/** The states a past call can be recorded in. */
	enum PastStatus {
		CLOSED, DECIDED
	}

	private final Calls calls;
	private final Clock clock;

	PastCallsHistory(Calls calls, Clock clock) {
		this.calls = calls;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "calls";
	}

	@Override
	public List<HistoryColumn> columns() {
		return List.of(required(REFERENCE, "history.format.reference"), required("title", "history.format.text"),
				optional("description", "history.format.text"), required("opening_date", "history.format.date"),
				required("submission_deadline", "history.format.date"), optional("time_zone", "history.format.text"),
				required("status", "history.format.choice"), required("eligible_countries", "history.format.text"),
				optional("target_groups", "history.format.text"), optional("services", "history.format.text"),
				required("ceiling_per_grant", "history.format.amount"), required("envelope", "history.format.amount"),
				required("max_duration_months", "history.format.count"),
				optional("reserve_list_expiry", "history.format.date"));
	}

	@Override
	public String referenceColumn() {
		return REFERENCE;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	@Transactional(readOnly = true)
	public void check(HistoryRow row, HistoryFile file) {
		PastCall call = read(row);
		String ref = row.optionalText(REFERENCE);
		if (ref != null && !file.firstTime("reference", ref)) {
			row.problem(REFERENCE, "history.error.calls.duplicateReference", ref);
		}
		if (call == null) {
			return;
		}
		LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
		if (!call.submissionDeadline().toLocalDate().isAfter(call.openingDate())) {
			row.problem("submission_deadline", "history.error.calls.deadlineBeforeOpening", call.openingDate());
		}
		else if (!call.submissionDeadline().toLocalDate().isBefore(today)) {
			row.problem("submission_deadline", "history.error.calls.deadlineNotPassed");
		}
		if (call.ceilingPerGrant().compareTo(call.envelope()) > 0) {
			row.problem("ceiling_per_grant", "history.error.calls.ceilingAboveEnvelope", call.envelope());
		}
		if (!call.reserveListExpiry().isAfter(call.submissionDeadline().toLocalDate())) {
			row.problem("reserve_list_expiry", "history.error.calls.expiryBeforeDeadline");
		}
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public RowOutcome write(HistoryRow row, HistoryImportContext context) {
		if (calls.existsByImportRef(row.optionalText(REFERENCE))) {
			return RowOutcome.ALREADY_IMPORTED;
		}
		PastCall past = read(row);
		if (past == null) {
			throw new IllegalStateException("Row " + row.number() + " was not checked: " + row.problems());
		}
		calls.save(Call.past(past, context.importId(), context.importedBy(), context.importedAt()));
		return RowOutcome.WRITTEN;
	}

	/** Parses the row, recording each problem; {@code null} when any. */
	private PastCall read(HistoryRow row) {
		String ref = row.text(REFERENCE);
		if (ref != null && ref.length() > 100) {
			row.problem(REFERENCE, "history.error.calls.tooLong", 100);
		}
		String title = row.text("title");
		if (title != null && title.length() > 200) {
			row.problem("title", "history.error.calls.tooLong", 200);
		}
		String description = row.optionalText("description");
		if (description != null && description.length() > 4000) {
			row.problem("description", "history.error.calls.tooLong", 4000);
		}
		LocalDate opening = row.date("opening_date");
		LocalDate deadline = row.date("submission_deadline");
		ZoneId zone = zone(row);
		PastStatus status = row.choice("status", PastStatus.class);
		Set<String> countries = countries(row);
		Set<TargetGroup> groups = codes(row, "target_groups", TargetGroup.class, "history.error.calls.targetGroup");
		Set<AssistanceService> services = codes(row, "services", AssistanceService.class,
				"history.error.calls.service");
		BigDecimal ceiling = row.amount("ceiling_per_grant");
		BigDecimal envelope = row.amount("envelope");
		Integer duration = row.count("max_duration_months");
		if (duration != null && (duration < 1 || duration > MAX_DURATION)) {
			row.problem("max_duration_months", "history.error.calls.duration", duration, MAX_DURATION);
		}
		LocalDate expiry = row.optionalDate("reserve_list_expiry");
		if (ceiling != null && ceiling.signum() == 0) {
			row.problem("ceiling_per_grant", "history.error.calls.zero");
		}
		if (envelope != null && envelope.signum() == 0) {
			row.problem("envelope", "history.error.calls.zero");
		}
		if (row.hasProblems()) {
			return null;
		}
		return new PastCall(ref, title, description == null ? title : description, opening,
				deadline.atTime(LocalTime.of(23, 59)), zone, countries, groups, services, ceiling, duration, envelope,
				expiry == null ? deadline.plusDays(1) : expiry, CallStatus.valueOf(status.name()));
	}

	private static ZoneId zone(HistoryRow row) {
		String value = row.optionalText("time_zone");
		if (value == null) {
			return ZoneOffset.UTC;
		}
		try {
			return ZoneId.of(value);
		}
		catch (DateTimeException e) {
			row.problem("time_zone", "history.error.calls.timeZone", value);
			return null;
		}
	}

	private static Set<String> countries(HistoryRow row) {
		String value = row.text("eligible_countries");
		Set<String> result = new TreeSet<>();
		if (value == null) {
			return result;
		}
		for (String entry : value.split("[\\s,;]+")) {
			if (entry.isBlank()) {
				continue;
			}
			var code = Regions.normalise(entry);
			if (code.isEmpty()) {
				row.problem("eligible_countries", "history.error.calls.region", entry,
						String.join(", ", new TreeSet<>(Regions.names())));
			}
			code.ifPresent(result::add);
		}
		return result;
	}

	private static <E extends Enum<E>> Set<E> codes(HistoryRow row, String column, Class<E> type, String error) {
		Set<E> result = EnumSet.noneOf(type);
		String value = row.optionalText(column);
		if (value == null) {
			return result;
		}
		for (String entry : value.split("[\\s,;]+")) {
			if (entry.isBlank()) {
				continue;
			}
			String name = entry.toUpperCase(Locale.ROOT).replace('-', '_');
			try {
				result.add(Enum.valueOf(type, name));
			}
			catch (IllegalArgumentException e) {
				row.problem(column, error, entry);
			}
		}
		return result;
	}
}
