package org.trustfund.ledger;

import org.trustfund.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.trustfund.donors.Contribution;
import org.trustfund.donors.ContributionForm;
import org.trustfund.donors.ContributionService;
import org.trustfund.donors.Donor;
import org.trustfund.donors.DonorForm;
import org.trustfund.donors.DonorKind;
import org.trustfund.donors.DonorService;

/** Money into the fund for tests, through the real contribution path. */
final class LedgerTestData {

	private LedgerTestData() {
	}

	static Donor privateDonor(DonorService donors) {
		return donors.create(new DonorForm("Test Foundation " + UUID.randomUUID(), DonorKind.FOUNDATION, "", false, "",
				"", ""), "test");
	}

	static Contribution pay(ContributionService contributions, Donor donor, String usd) {
		return contributions.record(new ContributionForm(donor.getId(), null, LocalDate.now(), new BigDecimal(usd),
				"USD", new BigDecimal(usd), "T-" + UUID.randomUUID(), false, null), "test");
	}

	static String grant() {
		return "G-" + UUID.randomUUID().toString().substring(0, 8);
	}
}
