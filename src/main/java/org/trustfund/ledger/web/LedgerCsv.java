package org.trustfund.ledger.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.trustfund.ledger.LedgerEntry;

/** Writes ledger entries as RFC 4180 CSV; text cells that a spreadsheet would run as a formula are quoted. */
final class LedgerCsv {

	static final String HEADER = "id,recorded_at,value_date,type,bucket,amount_usd,available_effect_usd,grant_ref,"
			+ "reference,donor_id,donor_group,contribution_id,corrects_entry_id,actor,reason\r\n";

	private LedgerCsv() {
	}

	static void write(Writer out, LedgerEntry e) {
		try {
			out.write(String.join(",", String.valueOf(e.getId()), e.getRecordedAt().toString(),
					e.getValueDate().toString(), e.getType().name(), e.getBucket().name(),
					e.getAmount().toPlainString(), e.availableEffect().toPlainString(), text(e.getGrantRef()),
					text(e.getReference()), number(e.getDonorId()),
					e.getDonorGroup() == null ? "" : e.getDonorGroup().name(), number(e.getContributionId()),
					number(e.getCorrectsEntryId()), text(e.getActor()), text(e.getReason())));
			out.write("\r\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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

	private static String number(Long value) {
		return value == null ? "" : value.toString();
	}
}
