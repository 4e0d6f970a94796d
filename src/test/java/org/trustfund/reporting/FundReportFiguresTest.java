package org.trustfund.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.trustfund.ledger.Bucket;
import org.trustfund.ledger.LedgerFilter;
import org.trustfund.ledger.LedgerReports;
import org.trustfund.IntegrationTest;
import org.trustfund.donors.Contribution;
import org.trustfund.donors.ContributionForm;
import org.trustfund.donors.ContributionService;
import org.trustfund.donors.Donor;
import org.trustfund.donors.DonorForm;
import org.trustfund.donors.DonorKind;
import org.trustfund.donors.DonorService;
import org.trustfund.donors.Pledge;
import org.trustfund.donors.PledgeForm;
import org.trustfund.donors.PledgeService;
import org.trustfund.grants.GrantFixtures;
import org.trustfund.grants.GrantFixtures.Awarded;
import org.trustfund.ledger.FundLedger;
import org.trustfund.shared.ValidationException;

/**
 * The report's figures from contributions, corrections, grants, reports and pledges booked through the
 * services. Money in uses value dates in 1991-1993, which no other test books, so exact totals can be asserted;
 * grants, results and the forecast share today's dates with other tests and are asserted as differences.
 */
@IntegrationTest
class FundReportFiguresTest {

	@Autowired
	FundReportService reports;
	@Autowired
	DonorService donors;
	@Autowired
	ContributionService contributions;
	@Autowired
	PledgeService pledges;
	@Autowired
	FundLedger ledger;
	@Autowired
	GrantFixtures grants;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	LedgerReports ledgerReports;

	@Test
	void countsPaidContributionsByValueDateWithBoundariesAndReversals() {
		// a Member State gives as one donor (DonorService refuses a second): one that no other test class of this
		// JVM made a donor, since they share the database
		java.util.Set<String> states = donors.all().stream().filter(d -> d.getKind() == DonorKind.MEMBER_STATE)
			.map(Donor::getCountry).collect(java.util.stream.Collectors.toSet());
		String country = java.util.Arrays.stream(java.util.Locale.getISOCountries()).filter(c -> !states.contains(c))
			.findFirst().orElseThrow();
		Donor state = donor("Stateland", DonorKind.MEMBER_STATE, country, false);
		Donor hidden = donor("Hidden Foundation", DonorKind.FOUNDATION, "", true);
		Donor company = donor("Acme Ltd", DonorKind.COMPANY, "", false);
		Donor person = donor("A. Person", DonorKind.INDIVIDUAL, "", false);
		pay(company, "1991-12-31", "999.00");
		pay(state, "1992-01-01", "100.00");
		pay(state, "1992-12-31", "50.00");
		pay(hidden, "1992-06-01", "300.00");
		Contribution reversed = pay(person, "1992-03-03", "40.00");
		pay(company, "1993-01-01", "888.00");
		BigDecimal todayBefore = reports.report(new ReportPeriod(reports.today(), reports.today()), false).moneyIn().total();

		ledger.correct(reversed.getLedgerEntryId(), "Booked on the wrong donor");

		FundReport.MoneyIn year = reports.report(ReportPeriod.of(1992, null, null, reports.today()), false).moneyIn();
		assertThat(year.total()).isEqualByComparingTo("450.00");
		assertThat(year.byKind().get(DonorKind.MEMBER_STATE)).isEqualByComparingTo("150.00");
		assertThat(year.byKind().get(DonorKind.FOUNDATION)).isEqualByComparingTo("300.00");
		assertThat(year.byKind().get(DonorKind.COMPANY)).isEqualByComparingTo("0");
		assertThat(year.byKind().get(DonorKind.INDIVIDUAL)).isEqualByComparingTo("0");
		assertThat(year.donorsPaid()).containsEntry(DonorKind.MEMBER_STATE, 1L).containsEntry(DonorKind.FOUNDATION, 1L)
			.containsEntry(DonorKind.COMPANY, 0L).containsEntry(DonorKind.INDIVIDUAL, 0L);
		assertThat(year.privateShare()).isEqualByComparingTo("66.7");
		assertThat(year.averagePerYear()).isEqualByComparingTo("450.00");
		assertThat(year.largestDonors()).extracting(FundReport.TopDonor::name)
			.containsExactly("Anonymous donor", "Stateland " + suffix(state));
		assertThat(year.largestDonors().get(0).donorId()).isNull();
		// The rows the year's figure links to (the ledger's paid-in entries of 1992, the reversal included) add up to it.
		BigDecimal rows = ledgerReports.entries(new LedgerFilter(null, LocalDate.parse("1992-01-01"),
				LocalDate.parse("1992-12-31"), null, Bucket.PAID_IN), org.springframework.data.domain.Pageable.unpaged())
			.stream().map(e -> e.getAmount()).reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(rows).isEqualByComparingTo(year.total());

		FundReport.MoneyIn span = reports.report(new ReportPeriod(LocalDate.parse("1991-12-31"),
				LocalDate.parse("1993-01-01")), false).moneyIn();
		assertThat(span.total()).isEqualByComparingTo("2337.00");
		assertThat(span.years()).extracting(FundReport.YearIn::year).containsExactly(1991, 1992, 1993);
		assertThat(span.averagePerYear()).isEqualByComparingTo("779.00");
		assertThat(span.donorsPaid()).containsEntry(DonorKind.COMPANY, 1L);

		FundReport.MoneyIn inner = reports.report(new ReportPeriod(LocalDate.parse("1992-01-02"),
				LocalDate.parse("1992-12-30")), false).moneyIn();
		assertThat(inner.total()).isEqualByComparingTo("300.00");
		assertThat(reports.report(new ReportPeriod(reports.today(), reports.today()), false).moneyIn().total())
			.as("a reversal booked today counts on the corrected entry's value date, not today")
			.isEqualByComparingTo(todayBefore);
		assertThat(reports.report(ReportPeriod.of(1992, null, null, reports.today()), true).moneyIn().largestDonors())
			.as("the public version names no donor and gives no amount per donor").isEmpty();
	}

	@Test
	void countsGrantsAwardedAndResultsOfAcceptedReports() {
		LocalDate today = reports.today();
		ReportPeriod now = new ReportPeriod(today, today);
		FundReport before = reports.report(now, false);
		ReportPeriod future = new ReportPeriod(null, today.plusYears(5));
		FundReport.Results resultsBefore = reports.report(future, false).results();

		Awarded a = grants.award("1000.00", 12);
		grants.accept(a);
		String fm = grants.fundManager();
		grants.pay(a, fm, "1000.00", "REPORT-PAY-" + a.grantId());
		grants.openReport(a);
		grants.submitReport(a, GrantFixtures.report(2, "100.00"));
		grants.review(a, fm, "accept", "Thank you");

		FundReport after = reports.report(now, false);
		assertThat(after.moneyOut().grants()).isEqualTo(before.moneyOut().grants() + 1);
		assertThat(after.moneyOut().awarded().subtract(before.moneyOut().awarded())).isEqualByComparingTo("1000.00");
		assertThat(after.moneyOut().disbursed().subtract(before.moneyOut().disbursed())).isEqualByComparingTo("1000.00");
		assertThat(after.moneyOut().byCountry()).extracting(g -> g.key()).contains("TH");
		assertThat(after.moneyOut().projects()).extracting(p -> p.grantRef()).contains(a.grantRef());
		assertThat(after.balance().available()).isEqualByComparingTo(ledger.balances().available());

		FundReport.Results results = reports.report(future, false).results();
		assertThat(results.victims() - resultsBefore.victims()).isEqualTo(15);
		assertThat(results.services().get("BASIC_SHELTER") - resultsBefore.services().getOrDefault("BASIC_SHELTER", 0L))
			.isEqualTo(15);
		LocalDate due = jdbc.queryForObject("select due_on from grant_report where grant_id = ? and number = 1",
				LocalDate.class, a.grantId());
		assertThat(reports.report(new ReportPeriod(due.plusDays(1), today.plusYears(5)), false).results().years())
			.as("a report counts on its due date: a period starting the day after leaves it out")
			.noneMatch(y -> y.year() == due.getYear() && y.total() >= results.years().stream()
				.filter(z -> z.year() == due.getYear()).mapToLong(z -> z.total()).sum());
	}

	@Test
	void forecastAddsOpenUsdPledgesLessWhatWasPaidAndLeavesWrittenOffOnesOut() {
		LocalDate today = reports.today();
		YearMonth next = YearMonth.from(today).plusMonths(1);
		BigDecimal before = expectedIn(next);
		Donor d = donor("Forecast Foundation", DonorKind.FOUNDATION, "", false);
		Pledge partly = pledges.create(new PledgeForm(d.getId(), new BigDecimal("1000.00"), "USD", next.atDay(10), null), "test");
		contributions.record(new ContributionForm(d.getId(), partly.getId(), today, new BigDecimal("400.00"), "USD",
				new BigDecimal("400.00"), "FC-" + UUID.randomUUID(), false, null), "test");
		Pledge dropped = pledges.create(new PledgeForm(d.getId(), new BigDecimal("5000.00"), "USD", next.atDay(11), null), "test");
		pledges.writeOff(dropped.getId(), "The donor withdrew", "test");

		assertThat(expectedIn(next).subtract(before)).isEqualByComparingTo("600.00");
		FundReport r = reports.report(new ReportPeriod(null, today), false);
		FundReport.ForecastMonth first = r.forecast().months().get(0);
		assertThat(first.available()).isEqualByComparingTo(r.balance().available().add(first.expected()));
		assertThat(r.forecast().months()).hasSize(12);
	}

	@Test
	void needsCompareWithWhatThereIsAndRefuseBadPeriods() {
		assertThat(FundReportService.need(new BigDecimal("1000000.00"), new BigDecimal("701357.00")).gap())
			.isEqualByComparingTo("298643.00");
		assertThat(FundReportService.need(new BigDecimal("500000.00"), new BigDecimal("600000.00")).gap())
			.isEqualByComparingTo("0");
		assertThatThrownBy(() -> ReportPeriod.of(null, LocalDate.parse("2016-02-01"), LocalDate.parse("2016-01-31"),
				LocalDate.now())).isInstanceOf(ValidationException.class);
		assertThatThrownBy(() -> ReportPeriod.of(2016, LocalDate.parse("2016-02-01"), null, LocalDate.now()))
			.isInstanceOf(ValidationException.class);
	}

	private BigDecimal expectedIn(YearMonth month) {
		return reports.report(new ReportPeriod(null, reports.today()), false).forecast().months().stream()
			.filter(m -> m.month().equals(month)).findFirst().orElseThrow().expected();
	}

	private Donor donor(String name, DonorKind kind, String country, boolean anonymous) {
		return donors.create(new DonorForm(name + " " + UUID.randomUUID().toString().substring(0, 8), kind, country,
				anonymous, "", "", ""), "test");
	}

	private static String suffix(Donor d) {
		return d.getName().substring(d.getName().lastIndexOf(' ') + 1);
	}

	private Contribution pay(Donor d, String on, String usd) {
		return contributions.record(new ContributionForm(d.getId(), null, LocalDate.parse(on), new BigDecimal(usd), "USD",
				new BigDecimal(usd), "RPT-" + UUID.randomUUID(), false, null), "test");
	}
}
