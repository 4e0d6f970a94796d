package org.trustfund.grants.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import org.trustfund.grants.GrantRow;

/** The disbursement view as RFC 4180 CSV; text cells that a spreadsheet would run as a formula are quoted. */
final class GrantCsv {

	static final String HEADER = "grant_ref,title,organisation,country,call_id,award_year,status,committed_usd,"
			+ "disbursed_usd,released_usd,refunded_usd,remaining_usd,next_tranche,next_tranche_usd,next_tranche_on,"
			+ "next_tranche_condition,report,report_due,report_status,report_overdue\r\n";

	private GrantCsv() {
	}

	static void write(Writer out, GrantRow r) {
		try {
			out.write(String.join(",", text(r.grantRef()), text(r.title()), text(r.organisation()), r.country(),
					String.valueOf(r.callId()), String.valueOf(r.awardYear()), r.status().name(), plain(r.committed()),
					plain(r.disbursed()), plain(r.released()), plain(r.refunded()),
					plain(r.status().ended() ? BigDecimal.ZERO.setScale(2) : r.remaining()), value(r.nextTranche()),
					plain(r.nextTrancheAmount()), value(r.nextTrancheOn()), text(r.nextTrancheCondition()),
					r.report() == null ? "" : (r.finalReport() ? "final" : String.valueOf(r.report())),
					value(r.reportDue()), value(r.reportStatus()), String.valueOf(r.reportOverdue())));
			out.write("\r\n");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String plain(BigDecimal amount) {
		return amount == null ? "" : amount.toPlainString();
	}

	private static String value(Object o) {
		return o == null ? "" : o.toString();
	}

	static String text(String value) {
		if (value == null) {
			return "";
		}
		String v = value;
		if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
			v = "'" + v;
		}
		if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") || !v.equals(value)) {
			v = "\"" + v.replace("\"", "\"\"") + "\"";
		}
		return v;
	}
}
