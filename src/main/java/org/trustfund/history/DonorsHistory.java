package org.trustfund.history;

import java.util.List;
import org.springframework.stereotype.Component;
import org.trustfund.donors.DonorForm;
import org.trustfund.donors.DonorKind;
import org.trustfund.donors.DonorService;

/**
 * History kind {@code donors}: Member States (with their country, never anonymous, one per country) and
 * private donors (foundations, companies, individuals; anonymous in public reports on request).
 */
@Component
class DonorsHistory implements HistoryKind {

	static final String REFERENCE = "reference";

	private final DonorService donors;

	DonorsHistory(DonorService donors) {
		this.donors = donors;
	}

	@Override
	public String name() {
		return "donors";
	}

	@Override
	public List<HistoryColumn> columns() {
		return List.of(HistoryColumn.required(REFERENCE, "history.format.reference"),
				HistoryColumn.required("name", "history.format.text"),
				HistoryColumn.required("kind", "history.format.choice"),
				HistoryColumn.optional("country", "history.format.country"),
				HistoryColumn.optional("anonymous", "history.format.flag"));
	}

	@Override
	public String referenceColumn() {
		return REFERENCE;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public void check(HistoryRow row, HistoryFile file) {
		String reference = MoneyRows.reference(row, REFERENCE, file);
		row.text("name", 200);
		DonorKind kind = row.choice("kind", DonorKind.class);
		String country = row.optionalCountry("country");
		boolean anonymous = row.flag("anonymous");
		if (kind != DonorKind.MEMBER_STATE) {
			return;
		}
		if (anonymous) {
			row.problem("anonymous", "history.error.memberStateAnonymous");
		}
		if (row.optionalText("country") == null) {
			row.problem("country", "history.error.memberStateCountry");
		}
		if (country == null) {
			return;
		}
		if (!file.firstTime("member-state", country)) {
			row.problem("country", "history.error.memberStateTwice", country);
		}
		else if (reference != null && donors.imported(reference).isEmpty() && donors.memberStateExists(country)) {
			row.problem("country", "history.error.memberStateExists", country);
		}
	}

	@Override
	public RowOutcome write(HistoryRow row, HistoryImportContext context) {
		String reference = row.text(REFERENCE);
		if (donors.imported(reference).isPresent()) {
			return RowOutcome.ALREADY_IMPORTED;
		}
		DonorForm form = new DonorForm(row.text("name"), row.choice("kind", DonorKind.class),
				row.optionalCountry("country"), row.flag("anonymous"), null, null, null);
		donors.importDonor(reference, form, context.importedBy());
		return RowOutcome.WRITTEN;
	}
}
