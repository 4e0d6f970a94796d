package org.trustfund.history;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.trustfund.donors.Donor;
import org.trustfund.donors.DonorService;
import org.trustfund.donors.PledgeForm;
import org.trustfund.donors.PledgeService;
import org.trustfund.donors.PledgeStatus;

/**
 * History kind {@code pledges}: what donors promised, in their currency, by an expected date. An open
 * pledge is followed up as a new one is; a paid one counts as fully paid; a written-off one keeps its reason.
 * The donor is one imported before (by its reference).
 */
@Component
class PledgesHistory implements HistoryKind {

	static final String REFERENCE = "reference";

	/** The statuses a pledge may have in a file; a partly paid pledge is open, its payments are contributions. */
	enum Status {
		OPEN, PAID, WRITTEN_OFF;

		PledgeStatus toPledgeStatus() {
			return PledgeStatus.valueOf(name());
		}
	}

	private final DonorService donors;
	private final PledgeService pledges;

	PledgesHistory(DonorService donors, PledgeService pledges) {
		this.donors = donors;
		this.pledges = pledges;
	}

	@Override
	public String name() {
		return "pledges";
	}

	@Override
	public List<HistoryColumn> columns() {
		return List.of(HistoryColumn.required(REFERENCE, "history.format.reference"),
				HistoryColumn.required("donor_reference", "history.format.reference"),
				HistoryColumn.required("amount", "history.format.amount"),
				HistoryColumn.required("currency", "history.format.currency"),
				HistoryColumn.required("expected_on", "history.format.date"),
				HistoryColumn.required("status", "history.format.choice"),
				HistoryColumn.optional("earmark", "history.format.text"),
				HistoryColumn.optional("write_off_reason", "history.format.text"));
	}

	@Override
	public String referenceColumn() {
		return REFERENCE;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public void check(HistoryRow row, HistoryFile file) {
		MoneyRows.reference(row, REFERENCE, file);
		donor(row);
		String currency = row.currency("currency");
		MoneyRows.positive(row, "amount", currency);
		row.date("expected_on");
		row.choice("status", Status.class);
		row.optionalText("earmark", 500);
		row.optionalText("write_off_reason", 2000);
	}

	@Override
	public RowOutcome write(HistoryRow row, HistoryImportContext context) {
		String reference = row.text(REFERENCE);
		if (pledges.imported(reference).isPresent()) {
			return RowOutcome.ALREADY_IMPORTED;
		}
		Donor donor = donor(row);
		String currency = row.currency("currency");
		BigDecimal amount = MoneyRows.positive(row, "amount", currency);
		LocalDate expected = row.date("expected_on");
		pledges.importPledge(reference, new PledgeForm(donor.getId(), amount, currency, expected,
				row.optionalText("earmark")), row.choice("status", Status.class).toPledgeStatus(),
				row.optionalText("write_off_reason"), context.importedBy());
		return RowOutcome.WRITTEN;
	}

	private Donor donor(HistoryRow row) {
		String reference = row.text("donor_reference");
		if (reference == null) {
			return null;
		}
		Donor donor = donors.imported(reference).orElse(null);
		if (donor == null) {
			row.problem("donor_reference", "history.error.unknownDonor", reference);
		}
		return donor;
	}
}
