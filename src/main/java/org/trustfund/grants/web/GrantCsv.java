package org.trustfund.grants.web;

import java.math.BigDecimal;
import org.trustfund.grants.GrantRow;
import org.trustfund.web.CsvExport;

/** The columns of the disbursement view's CSV; the format (quoting, neutralised cells, BOM) is {@link CsvExport}'s. */
final class GrantCsv {

	static final String[] HEADER = { "grant_ref", "title", "organisation", "country", "call_id", "award_year",
			"status", "committed_usd", "disbursed_usd", "released_usd", "refunded_usd", "remaining_usd", "next_tranche",
			"next_tranche_usd", "next_tranche_on", "next_tranche_condition", "report", "report_due", "report_status",
			"report_overdue" };

	private GrantCsv() {
	}

	static void write(CsvExport csv, GrantRow r) {
		csv.row(r.grantRef(), r.title(), r.organisation(), r.country(), r.callId(), r.awardYear(), r.status().name(),
				r.committed(), r.disbursed(), r.released(), r.refunded(),
				r.status().ended() ? BigDecimal.ZERO.setScale(2) : r.remaining(), r.nextTranche(),
				r.nextTrancheAmount(), r.nextTrancheOn(), r.nextTrancheCondition(),
				r.report() == null ? null : (r.finalReport() ? "final" : String.valueOf(r.report())), r.reportDue(),
				r.reportStatus(), r.reportOverdue());
	}
}
