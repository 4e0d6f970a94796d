package org.trustfund.grants;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.trustfund.calls.Calls;
import org.trustfund.grants.PastGrantChecks.PastStatus;
import org.trustfund.grants.PastGrantsHistory.Record;
import org.trustfund.history.HistoryImportContext;
import org.trustfund.history.HistoryRow;
import org.trustfund.ledger.FundLedger;
import org.trustfund.shared.Money;
import org.trustfund.organisations.ImportedOrganisations;

/**
 * The write pass of the {@code grants} kind, one checked row at a time in the import's transaction: the grant and
 * its commitment, a tranche and its payment, a refund, an accepted report, each money event a ledger entry with its
 * own value date. A row whose reference exists is skipped.
 */
@Component
class PastGrantWriter {

	private final Grants grants;
	private final Calls calls;
	private final Payments payments;
	private final Refunds refunds;
	private final ResultTotals results;
	private final ImportedOrganisations organisations;
	private final FundLedger ledger;
	private final JdbcTemplate jdbc;

	PastGrantWriter(Grants grants, Calls calls, Payments payments, Refunds refunds,
			ResultTotals results, ImportedOrganisations organisations, FundLedger ledger, JdbcTemplate jdbc) {
		this.grants = grants;
		this.calls = calls;
		this.payments = payments;
		this.refunds = refunds;
		this.results = results;
		this.organisations = organisations;
		this.ledger = ledger;
		this.jdbc = jdbc;
	}

	/** @return whether the row was written ({@code false}: its reference was imported before) */
	@Transactional(propagation = Propagation.MANDATORY)
	boolean write(Record record, HistoryRow row, HistoryImportContext context) {
		String ref = row.text(PastGrantsHistory.REFERENCE);
		return switch (record) {
			case GRANT -> grant(row, ref, context);
			case TRANCHE -> !exists("grant_tranche", ref) && tranche(row, ref, context);
			case REFUND -> !exists("grant_refund", ref) && refund(row, ref, context);
			case RESULT -> !exists("grant_report", ref) && result(row, ref, context);
		};
	}

	private boolean grant(HistoryRow row, String ref, HistoryImportContext context) {
		if (grants.findByGrantRef(ref).isPresent()) {
			return false;
		}
		String country = row.country("country");
		long organisationId = organisations.matchOrCreate(row.text("organisation_name"),
				row.text("registration_number"), country, context.importId(), context.importedBy());
		long callId = calls.findByImportRef(row.text("call_reference")).orElseThrow().getId();
		boolean closed = row.choice("status", PastStatus.class) == PastStatus.CLOSED;
		BigDecimal amount = row.amount("amount");
		LocalDate awardedOn = row.date("awarded_on");
		PastGrant past = new PastGrant(ref, callId, organisationId, row.text("title"), country, awardedOn, amount,
				row.count("duration_months"), closed ? row.date("closed_on") : null);
		grants.save(Grant.imported(past, context.importId(), context.importedAt()));
		ledger.commit(ref, Money.of(amount), "Grant awarded on " + awardedOn + " (history import "
				+ context.importId() + ")", awardedOn);
		return true;
	}

	private boolean tranche(HistoryRow row, String ref, HistoryImportContext context) {
		Grant grant = grant(row);
		BigDecimal paid = row.optionalAmount("paid_amount");
		LocalDate paidOn = row.optionalDate("paid_on");
		Tranche t = grant.importTranche(row.count("number"), Money.of(row.amount("amount")), row.date("planned_on"),
				paid == null ? null : Money.of(paid), paidOn, ref);
		if (paid != null) {
			long entry = ledger.disburse(grant.getGrantRef(), Money.of(paid), ref, paidOn);
			payments.save(new Payment(grant.getId(), t.getNumber(), paidOn, Money.of(paid), ref, entry, context.importedBy(),
					context.importedAt()));
		}
		return true;
	}

	private boolean refund(HistoryRow row, String ref, HistoryImportContext context) {
		Grant grant = grant(row);
		BigDecimal amount = row.amount("amount");
		LocalDate on = row.date("received_on");
		grant.refund(Money.of(amount), on);
		long entry = ledger.refund(grant.getGrantRef(), Money.of(amount), ref, on);
		refunds.save(Refund.imported(grant.getId(), Money.of(amount), on, ref, entry, context.importedBy(), context.importedAt()));
		return true;
	}

	private boolean result(HistoryRow row, String ref, HistoryImportContext context) {
		Grant grant = grant(row);
		LocalDate due = row.date("due_on");
		GrantReport report = grant.importReport(row.count("number"), due, PastGrantsHistory.figures(row), ref,
				context.importedBy(), context.importedAt());
		results.add(grant.getOrganisationId(), due.getYear(), report);
		return true;
	}

	private Grant grant(HistoryRow row) {
		return grants.findByGrantRef(row.text(PastGrantsHistory.GRANT_REFERENCE)).orElseThrow();
	}

	private boolean exists(String table, String ref) {
		return jdbc.queryForObject("select count(*) from " + table + " where import_ref = ?", Long.class, ref) > 0;
	}
}
