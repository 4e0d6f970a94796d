package org.trustfund.ledger.web;

import org.trustfund.ledger.LedgerEntry;
import org.trustfund.web.CsvExport;

/** The columns of the ledger's CSV; the format (quoting, neutralised cells, BOM) is {@link CsvExport}'s. */
final class LedgerCsv {

	static final String[] HEADER = { "id", "recorded_at", "value_date", "type", "bucket", "amount_usd",
			"available_effect_usd", "grant_ref", "reference", "donor_id", "donor_group", "contribution_id",
			"corrects_entry_id", "actor", "reason" };

	private LedgerCsv() {
	}

	static void write(CsvExport csv, LedgerEntry e) {
		csv.row(e.getId(), e.getRecordedAt(), e.getValueDate(), e.getType().name(), e.getBucket().name(),
				e.getAmount(), e.availableEffect(), e.getGrantRef(), e.getReference(), e.getDonorId(),
				e.getDonorGroup() == null ? null : e.getDonorGroup().name(), e.getContributionId(),
				e.getCorrectsEntryId(), e.getActor(), e.getReason());
	}
}
