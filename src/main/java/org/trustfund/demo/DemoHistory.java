package org.trustfund.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.trustfund.donors.Donor;
import org.trustfund.donors.DonorService;
import org.trustfund.donors.PledgeForm;
import org.trustfund.donors.PledgeService;
import org.trustfund.history.HistoryImportRecord;
import org.trustfund.history.HistoryImports;
import org.trustfund.ledger.FundLedger;
import org.trustfund.setup.StartupStep;
import org.trustfund.shared.Money;

/**
 * The demo's past: the fund's published story (DOMAIN.md) since 2010, brought in through the same history
 * import a real fund uses, from the sample files under {@code src/main/resources/demo/history/}: 50 donors (19
 * Member States, 31 private donors, a third of the money) and USD 2,300,000.00 of paid contributions (USD
 * 701,357.00 in 2015), the global calls of 2011 and 2014, 30 closed grants in 26 countries for USD 1,750,000.00
 * with their tranches and results, the 2014 call's reserve list of 50 projects, and an operating reserve that
 * leaves USD 90,000.00 available. Then a few open pledges dated from today, for the report's forecast. Runs
 * once, under the {@code demo} profile, after the demo users exist and before today's call and Board session
 * need money; the same files can be imported by hand on an empty fund (README, "History import").
 */
@Component
@Profile("demo")
@Order(15)
class DemoHistory implements StartupStep {

	/** The sample files in the order their kinds refer to each other. */
	static final List<String> KINDS = List.of("donors", "contributions", "calls", "grants", "reserve-list",
			"operating-reserve");

	private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

	private final HistoryImports imports;
	private final DonorService donors;
	private final PledgeService pledges;
	private final FundLedger ledger;
	private final Clock clock;

	DemoHistory(HistoryImports imports, DonorService donors, PledgeService pledges, FundLedger ledger, Clock clock) {
		this.imports = imports;
		this.donors = donors;
		this.pledges = pledges;
		this.ledger = ledger;
		this.clock = clock;
	}

	@Override
	public void run() {
		if (!donors.all().isEmpty()) {
			return;
		}
		for (String kind : KINDS) {
			HistoryImportRecord record = imports.importFile(kind, kind + ".csv", sample(kind), "fundmanager");
			log.info("Demo history: {} rows of {} imported", record.written(), kind);
		}
		LocalDate today = LocalDate.now(clock);
		pledge("Germany", "100000", "EUR", today.plusMonths(2), null);
		pledge("Thailand", "10000", Money.CURRENCY, today.minusDays(10), "Shelters in the Mekong region");
		pledge("Freedom Fund Partners", "250000", Money.CURRENCY, today.plusMonths(5), null);
		log.info("Demo history loaded: available for new grants {}", ledger.available().format());
	}

	/** @return the sample file of {@code kind}, as shipped in the jar */
	static byte[] sample(String kind) {
		try (InputStream in = new ClassPathResource("demo/history/" + kind + ".csv").getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException("The demo's sample file " + kind + ".csv is missing from the jar", e);
		}
	}

	private void pledge(String donorName, String amount, String currency, LocalDate expected, String earmark) {
		Donor donor = donors.all().stream().filter(d -> d.getName().equals(donorName)).findFirst()
			.orElseThrow(() -> new IllegalStateException("The demo history has no donor " + donorName));
		pledges.create(new PledgeForm(donor.getId(), new BigDecimal(amount), currency, expected, earmark),
				"fundmanager");
	}
}
