package org.trustfund.donors;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.trustfund.ledger.FundLedger;
import org.trustfund.ledger.Money;
import org.trustfund.setup.StartupStep;

/**
 * Demo donors, pledges and contributions (profile {@code demo} only), created once: the 2015
 * contributions add up to the USD 701,357 the fund received that year, and commitments leave the
 * USD 90,000 the report gives as available for new grants.
 */
@Component
@Profile("demo")
@Order(20)
class DemoDonors implements StartupStep {

	private static final Logger log = LoggerFactory.getLogger(DemoDonors.class);

	private final Clock clock;
	private final DonorService donors;
	private final PledgeService pledges;
	private final ContributionService contributions;
	private final FundLedger ledger;

	DemoDonors(DonorService donors, PledgeService pledges, ContributionService contributions, FundLedger ledger,
			Clock clock) {
		this.clock = clock;
		this.donors = donors;
		this.pledges = pledges;
		this.contributions = contributions;
		this.ledger = ledger;
	}

	@Override
	public void run() {
		if (!donors.all().isEmpty()) {
			return;
		}
		Donor austria = donor("Austria", DonorKind.MEMBER_STATE, "AT", false);
		Donor germany = donor("Germany", DonorKind.MEMBER_STATE, "DE", false);
		Donor thailand = donor("Thailand", DonorKind.MEMBER_STATE, "TH", false);
		Donor foundation = donor("Freedom From Slavery Foundation", DonorKind.FOUNDATION, null, false);
		Donor company = donor("Blue Harbour Shipping Ltd", DonorKind.COMPANY, null, false);
		Donor individual = donor("Maria Rossi", DonorKind.INDIVIDUAL, "IT", true);
		pay(austria, null, "2015-03-12", "250000", "USD", "250000", "AT-2015-0312");
		pay(germany, null, "2015-06-30", "180000", "EUR", "200000", "DE-2015-0630");
		pay(thailand, null, "2015-09-01", "20000", "USD", "20000", "TH-2015-0901");
		pay(foundation, null, "2015-11-20", "200000", "USD", "200000", "FFS-2015-1120");
		pay(company, null, "2015-12-15", "31357", "USD", "31357", "BHS-2015-1215");
		Pledge partly = pledges.create(new PledgeForm(individual.getId(), new BigDecimal("5000"), "EUR",
				LocalDate.now(clock).plusMonths(3), "Education grants for children"), "fundmanager");
		pay(individual, partly.getId(), LocalDate.now(clock).minusDays(2).toString(), "2000", "EUR", "2150",
				"MR-" + LocalDate.now(clock));
		pledges.create(new PledgeForm(germany.getId(), new BigDecimal("100000"), "EUR", LocalDate.now(clock).plusMonths(2),
				null), "fundmanager");
		pledges.create(new PledgeForm(thailand.getId(), new BigDecimal("10000"), "USD", LocalDate.now(clock).minusDays(10),
				"Shelters in the Mekong region"), "fundmanager");
		ledger.commit("GRANT-2014-017", Money.of(300000), "Board decision 2014/3: Safe Haven Women's Shelter");
		ledger.commit("GRANT-2014-021", Money.of("313507"), "Board decision 2014/3: Children First Legal Aid");
		log.info("Demo donors loaded: available for new grants {}", ledger.available().format());
	}

	private Donor donor(String name, DonorKind kind, String country, boolean anonymous) {
		return donors.create(new DonorForm(name, kind, country, anonymous, null, null, null), "fundmanager");
	}

	private void pay(Donor donor, Long pledge, String date, String amount, String currency, String usd, String ref) {
		contributions.record(new ContributionForm(donor.getId(), pledge, LocalDate.parse(date), new BigDecimal(amount),
				currency, new BigDecimal(usd), ref, false, null), "fundmanager");
	}
}
