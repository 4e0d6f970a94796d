package org.trustfund.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.trustfund.IntegrationTest;
import org.trustfund.benchmarks.Benchmarks;
import org.trustfund.proposals.Fixtures;
import org.trustfund.users.Role;

/**
 * Not a timed test: loads ten years (2011-2020) of {@value #CONTRIBUTIONS_DEFAULT} paid contributions (ledger
 * entries of 60 donors), 10,000 grants and twelve accepted reports per grant with JDBC batches, then prints how
 * long the report since inception takes as data, page, JSON and PDF (median and 95th percentile) and records
 * them in the benchmark table ({@link Benchmarks}; the page's target, 1 s, is the README's). Sizes:
 * {@code -Dreport.benchmark.contributions}, {@code -Dreport.benchmark.grants}, {@code -Dreport.benchmark.runs}
 * (quick run, {@code -Dbenchmark.size=small}: 10,000 contributions, 1,000 grants, 5 runs). Run with
 * {@code mvn -Pbenchmark test -Dtest=FundReportBenchmark}.
 */
@Tag("benchmark")
@IntegrationTest
class FundReportBenchmark {

	static final int CONTRIBUTIONS_DEFAULT = 100_000;
	static final int CONTRIBUTIONS = Benchmarks.size("report.benchmark.contributions", CONTRIBUTIONS_DEFAULT,
			10_000);
	static final int GRANTS = Benchmarks.size("report.benchmark.grants", 10_000, 1_000);
	static final int REPORTS_PER_GRANT = 12;
	static final int RUNS = Benchmarks.size("report.benchmark.runs", 10, 5);
	static final List<String> COUNTRIES = List.of("TH", "NG", "GE", "PA", "AT", "KE", "PH", "MX", "NP", "UA");
	static final String[] KINDS = { "MEMBER_STATE", "FOUNDATION", "COMPANY", "INDIVIDUAL" };

	@Autowired JdbcTemplate jdbc;
	@Autowired Fixtures fixtures;
	@Autowired MockMvc mvc;
	@Autowired UserDetailsService details;
	@Autowired FundReportService reports;
	@Autowired org.trustfund.ledger.LedgerPeriods ledger;
	@Autowired org.trustfund.ledger.FundLedger balances;
	@Autowired org.trustfund.donors.DonorDirectory donorDirectory;
	@Autowired org.trustfund.grants.GrantReporting grantReporting;
	@Autowired ReportForecasts forecasts;

	@Test
	void reportSinceInceptionOverTenYears() throws Exception {
		long start = System.nanoTime();
		load();
		double loadSeconds = (System.nanoTime() - start) / 1e9;
		var fm = details.loadUserByUsername(fixtures.user(Role.FUND_MANAGER));
		ReportPeriod all = new ReportPeriod(null, reports.today());
		assertThat(reports.report(all, false).moneyOut().grants()).isGreaterThanOrEqualTo(GRANTS);
		double[] data = time(() -> reports.report(all, false));
		double[] page = time(() -> mvc.perform(get("/reports/fund").with(user(fm))).andReturn().getResponse().getStatus());
		double[] json = time(() -> mvc.perform(get("/api/reports/fund").with(user(fm))).andReturn().getResponse().getStatus());
		double[] pdf = time(() -> mvc.perform(get("/reports/fund.pdf").param("lang", "ar").with(user(fm))).andReturn()
			.getResponse().getContentAsByteArray().length);
		assertThat(mvc.perform(get("/reports/fund").with(user(fm))).andReturn().getResponse().getStatus()).isEqualTo(200);
		String parts = breakdown(all);
		System.out.printf("""

				==== Fund report benchmark: %,d contributions, %,d grants, %,d reports (H2 in memory, %d runs each) ====
				load (JDBC batches)                    %8.1f s
				report data since inception            %s
				page (GET /reports/fund)               %s
				JSON (GET /api/reports/fund)           %s
				PDF, Arabic (GET /reports/fund.pdf)    %s
				each query alone, repeated (H2 reuses the result of an unchanged repeated query: a lower bound):
				%s==========================================================================
				""", CONTRIBUTIONS, GRANTS, jdbc.queryForObject("select count(*) from grant_report", Long.class), RUNS,
				loadSeconds, line(data), line(page), line(json), line(pdf), parts);
		String size = String.format("%,d contributions, %,d grants", CONTRIBUTIONS, GRANTS);
		record("fund report since inception: data, " + size, "—", data);
		record("fund report since inception: page (GET /reports/fund), " + size, "≤ 1 s", page);
		record("fund report since inception: JSON (GET /api/reports/fund), " + size, "—", json);
		record("fund report since inception: Arabic PDF, " + size, "—", pdf);
	}

	private static void record(String figure, String target, double[] ms) {
		Benchmarks.record(figure, target, "H2", String.format("median %.0f ms, p95 %.0f ms", ms[RUNS / 2], p95(ms)));
	}

	private void load() {
		Timestamp now = Timestamp.from(Instant.now());
		List<Object[]> donors = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			donors.add(new Object[] { "Bench donor " + i, KINDS[i % 4], i % 4 == 0 ? "AT" : null, i % 10 == 3, now });
		}
		jdbc.batchUpdate("insert into donor (name, kind, country, anonymous, created_at, created_by) values (?, ?, ?, ?, ?, 'bench')",
				donors);
		List<Long> donorIds = jdbc.queryForList("select id from donor where name like 'Bench donor %' order by id", Long.class);
		List<Object[]> entries = new ArrayList<>();
		for (int i = 0; i < CONTRIBUTIONS; i++) {
			LocalDate on = LocalDate.of(2011 + i % 10, 1 + i % 12, 1 + i % 28);
			long donor = donorIds.get(i % donorIds.size());
			entries.add(new Object[] { new BigDecimal("4000.00"), Date.valueOf(on), on.getYear(), now, "BENCH-C" + i,
					donor, KINDS[(int) (i % donorIds.size()) % 4].equals("MEMBER_STATE") ? "MEMBER_STATE" : "PRIVATE",
					"contribution:BENCH-C" + i });
			if (entries.size() == 20_000) {
				insertEntries(entries);
			}
		}
		insertEntries(entries);
		List<Fixtures.Ngo> ngos = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			ngos.add(fixtures.verifiedNgo("TH"));
		}
		long call = fixtures.openCall().getId();
		List<Object[]> proposals = new ArrayList<>();
		for (int i = 0; i < GRANTS; i++) {
			proposals.add(new Object[] { call, ngos.get(i % 10).organisationId(), "Report bench " + i,
					COUNTRIES.get(i % COUNTRIES.size()), i % 2 == 0 ? "GIRLS,SEXUAL_EXPLOITATION" : "SEXUAL_EXPLOITATION,WOMEN", now });
		}
		jdbc.batchUpdate("insert into proposal (call_id, organisation_id, title, country, target_groups, services, "
				+ "victims_per_year, amount_requested, duration_months, narrative, contact_name, contact_email, status, "
				+ "created_by, created_at) values (?, ?, ?, ?, ?, 'BASIC_SHELTER', 100, 40000.00, 36, 'Bench', "
				+ "'Bench', 'bench@ngo.example', 'AWARDED', 'bench', ?)", proposals);
		List<Long> proposalIds = jdbc.queryForList("select id from proposal where title like 'Report bench %' order by id",
				Long.class);
		List<Object[]> grants = new ArrayList<>();
		for (int i = 0; i < GRANTS; i++) {
			LocalDate awarded = LocalDate.of(2011 + i % 10, 1 + i % 12, 15);
			grants.add(new Object[] { proposalIds.get(i), call, ngos.get(i % 10).organisationId(), "RB-" + proposalIds.get(i),
					"Report bench " + i, COUNTRIES.get(i % COUNTRIES.size()), Date.valueOf(awarded),
					Date.valueOf(awarded.plusMonths(36).minusDays(1)), awarded.getYear(), Date.valueOf(awarded.plusDays(30)),
					now, Date.valueOf(awarded) });
		}
		jdbc.batchUpdate("insert into fund_grant (proposal_id, call_id, organisation_id, grant_ref, title, country, amount, "
				+ "disbursed, released, refunded, duration_months, starts_on, ends_on, award_year, accept_by, status, "
				+ "agreement_version, session_id, created_at, lock_version, awarded_on) values (?, ?, ?, ?, ?, ?, 40000.00, "
				+ "30000.00, 0, 0, 36, ?, ?, ?, ?, 'ACTIVE', 1, 1, ?, 0, ?)", grants);
		List<Object[]> reportRows = new ArrayList<>();
		List<Object[]> ids = jdbc.query("select id, starts_on from fund_grant where grant_ref like 'RB-%' order by id",
				(rs, n) -> new Object[] { rs.getLong(1), rs.getDate(2).toLocalDate() });
		for (Object[] g : ids) {
			for (int k = 1; k <= REPORTS_PER_GRANT; k++) {
				reportRows.add(new Object[] { g[0], k, k == REPORTS_PER_GRANT,
						Date.valueOf(((LocalDate) g[1]).plusMonths(3L * k)), 5 + k, 3, 1, 2 });
			}
			if (reportRows.size() >= 24_000) {
				insertReports(reportRows);
			}
		}
		insertReports(reportRows);
		jdbc.update("insert into grant_report_service (report_id, service, victims) select id, 'BASIC_SHELTER', women + girls "
				+ "from grant_report where narrative = 'bench'");
		// The running totals the application keeps when it accepts a report (grants.ResultTotals).
		for (String group : List.of("women", "girls", "men", "boys")) {
			jdbc.update("insert into grant_result_total (organisation_id, result_year, measure, victims) select "
					+ "g.organisation_id, extract(year from r.due_on), '" + group.toUpperCase() + "', sum(r." + group + ") "
					+ "from grant_report r join fund_grant g on g.id = r.grant_id where r.narrative = 'bench' "
					+ "group by g.organisation_id, extract(year from r.due_on)");
		}
		jdbc.update("insert into grant_result_total (organisation_id, result_year, measure, victims) select "
				+ "g.organisation_id, extract(year from r.due_on), s.service, sum(s.victims) from grant_report_service s "
				+ "join grant_report r on r.id = s.report_id join fund_grant g on g.id = r.grant_id "
				+ "where r.narrative = 'bench' group by g.organisation_id, extract(year from r.due_on), s.service");
		// The ledger's running totals, as FundLedger keeps them when it books an entry.
		jdbc.update("delete from fund_year_total");
		jdbc.update("insert into fund_year_total (value_year, bucket, donor_group, amount, entry_count) select value_year, "
				+ "bucket, coalesce(donor_group, 'NONE'), sum(amount), count(*) from ledger_entry "
				+ "group by value_year, bucket, coalesce(donor_group, 'NONE')");
		jdbc.update("delete from fund_donor_year_total");
		jdbc.update("insert into fund_donor_year_total (value_year, donor_id, donor_group, amount, entry_count) select "
				+ "value_year, coalesce(donor_id, 0), coalesce(donor_group, 'NONE'), sum(amount), count(*) from ledger_entry "
				+ "where bucket = 'PAID_IN' group by value_year, coalesce(donor_id, 0), coalesce(donor_group, 'NONE')");
		jdbc.update("""
				update fund_balance set
				  paid_in = (select coalesce(sum(amount), 0) from ledger_entry where bucket = 'PAID_IN'),
				  entry_count = (select count(*) from ledger_entry), last_entry_id = (select max(id) from ledger_entry)
				where id = 1""");
	}

	private void insertEntries(List<Object[]> entries) {
		jdbc.batchUpdate("insert into ledger_entry (type, bucket, amount, value_date, value_year, recorded_at, actor, reason, "
				+ "reference, donor_id, donor_group, idempotency_key) values ('CONTRIBUTION_RECEIVED', 'PAID_IN', ?, ?, ?, ?, "
				+ "'bench', 'benchmark contribution', ?, ?, ?, ?)", entries);
		entries.clear();
	}

	private void insertReports(List<Object[]> rows) {
		jdbc.batchUpdate("insert into grant_report (grant_id, number, final_report, due_on, status, overdue, women, girls, "
				+ "men, boys, narrative) values (?, ?, ?, ?, 'ACCEPTED', false, ?, ?, ?, ?, 'bench')", rows);
		rows.clear();
	}

	/** Each query the report runs, timed alone: where a slow report spends its time. */
	private String breakdown(ReportPeriod p) throws Exception {
		java.util.Map<String, Callable<?>> parts = new java.util.LinkedHashMap<>();
		LocalDate from = p.start();
		LocalDate to = p.to();
		parts.put("donor cards", () -> donorDirectory.cards());
		parts.put("paid in by year and donor", () -> ledger.paidInByYearAndDonor(from, to));
		parts.put("bucket totals", () -> ledger.bucketTotals(from, to));
		parts.put("fund balances", () -> balances.balances());
		parts.put("grants by call", () -> grantReporting.awardedBy("call", from, to));
		parts.put("grants by country", () -> grantReporting.awardedBy("country", from, to));
		parts.put("projects", () -> grantReporting.projects(from, to, FundReportService.PROJECTS_LISTED));
		parts.put("victims per year", () -> grantReporting.victimsPerYear(from, to));
		parts.put("victims per service", () -> grantReporting.victimsPerService(from, to));
		parts.put("target shares", () -> grantReporting.targetShares(from, to));
		parts.put("open pledges", () -> donorDirectory.openPledges(null));
		parts.put("reserve lines", () -> forecasts.reserveLines());
		StringBuilder out = new StringBuilder();
		for (var e : parts.entrySet()) {
			out.append(String.format("  %-36s %s%n", e.getKey(), line(time(e.getValue()))));
		}
		return out.toString();
	}

	/** @return the times of {@link #RUNS} calls after two to warm up, in milliseconds, sorted */
	private static double[] time(Callable<?> action) throws Exception {
		for (int i = 0; i < 2; i++) {
			action.call();
		}
		long[] nanos = new long[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long t = System.nanoTime();
			action.call();
			nanos[i] = System.nanoTime() - t;
		}
		Arrays.sort(nanos);
		return Arrays.stream(nanos).mapToDouble(n -> n / 1e6).toArray();
	}

	private static double p95(double[] ms) {
		return ms[Math.min(RUNS - 1, (int) Math.ceil(RUNS * 0.95) - 1)];
	}

	private static String line(double[] ms) {
		return String.format("median %7.1f ms   p95 %7.1f ms", ms[RUNS / 2], p95(ms));
	}
}
