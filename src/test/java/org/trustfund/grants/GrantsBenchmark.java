package org.trustfund.grants;

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
import org.springframework.test.web.servlet.MockMvc;
import org.trustfund.IntegrationTest;
import org.trustfund.benchmarks.Benchmarks;
import org.trustfund.proposals.Fixtures;
import org.trustfund.proposals.ReviewSteps;
import org.trustfund.users.Role;

/**
 * Not a timed test: loads 10,000 grants ({@code -Dgrants.benchmark.grants}; 1,000 in the quick run,
 * {@code -Dbenchmark.size=small}) with {@value #PAYMENTS_PER_GRANT} payments and twelve reports each (100,000
 * disbursements, 120,000 reports, their ledger entries) with JDBC batches, then prints how long the fund
 * manager's disbursement view (its data, and the whole page) and the CSV export take (median and 95th
 * percentile over {@code -Dgrants.benchmark.runs}, 30 or 10 in the quick run) and records them in the benchmark
 * table ({@link Benchmarks}). Run with {@code mvn -Pbenchmark test -Dtest=GrantsBenchmark}.
 */
@Tag("benchmark")
@IntegrationTest
class GrantsBenchmark {

	static final int GRANTS = Benchmarks.size("grants.benchmark.grants", 10_000, 1_000);
	static final int PAYMENTS_PER_GRANT = 10;
	static final int TRANCHES = 12;
	static final int RUNS = Benchmarks.size("grants.benchmark.runs", 30, 10);
	/** This benchmark's grants (others share the database in the benchmark run). */
	static final String OWN = "(select id from fund_grant where title like 'Bench project %')";
	static final List<String> COUNTRIES = List.of("TH", "NG", "GE", "PA", "AT", "KE", "PH", "MX", "NP", "UA", "MD",
			"KH", "VN", "GH", "UG", "BR", "CO", "PE", "IN", "BD", "LA", "MM", "ET", "SN", "RO", "AL");

	@Autowired JdbcTemplate jdbc;
	@Autowired Fixtures fixtures;
	@Autowired ReviewSteps steps;
	@Autowired GrantQueries queries;
	@Autowired MockMvc mvc;

	@Test
	void disbursementViewAndExportStayFastAtTenThousandGrants() throws Exception {
		long loadStart = System.nanoTime();
		load();
		double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
		assertThat(queries.count(GrantQueries.Filter.ALL)).isGreaterThanOrEqualTo(GRANTS);
		assertThat(jdbc.queryForObject("select count(*) from grant_payment", Long.class))
			.isGreaterThanOrEqualTo((long) GRANTS * PAYMENTS_PER_GRANT);
		System.gc();

		var fm = steps.user(fixtures.user(Role.FUND_MANAGER));
		double[] data = time(() -> {
			queries.page(GrantQueries.Filter.ALL, 0);
			queries.count(GrantQueries.Filter.ALL);
			queries.totals("call");
			queries.totals("country");
			queries.totals("year");
			queries.overdue();
			return queries.results(null);
		});
		double[] page = time(() -> mvc.perform(get("/grants").with(user(fm))).andReturn().getResponse().getStatus());
		double[] lastPage = time(() -> mvc.perform(get("/grants").param("page", Integer.toString(GRANTS / 50 - 1))
			.with(user(fm))).andReturn().getResponse().getStatus());
		double[] overdue = time(() -> queries.page(new GrantQueries.Filter(null, null, null, null, true), 0));
		int[] size = { 0 };
		double[] csv = time(() -> size[0] = mvc.perform(get("/api/grants/export.csv").with(user(fm))).andReturn()
			.getResponse().getContentAsString().length());
		assertThat(mvc.perform(get("/grants").with(user(fm))).andReturn().getResponse().getStatus()).isEqualTo(200);

		System.out.printf("""

				==== Grants benchmark: %,d grants, %,d payments, %,d reports (H2 in memory, %d runs each after warm-up) ====
				load (JDBC batches)                                 %8.1f s
				disbursement view data (page, count, 3 totals,
				  overdue list, victims per year and service)       %s
				disbursement view page (GET /grants, first page)    %s
				disbursement view page (GET /grants, last page)     %s
				overdue filter (first page)                         %s
				CSV export (GET /api/grants/export.csv, %,d bytes)  %s
				==========================================================================
				""", GRANTS, jdbc.queryForObject("select count(*) from grant_payment", Long.class),
				jdbc.queryForObject("select count(*) from grant_report", Long.class), RUNS, loadSeconds, line(data),
				line(page), line(lastPage), line(overdue), size[0], line(csv));
		String grants = String.format("%,d grants", GRANTS);
		record("grants: disbursement view data, " + grants, data);
		record("grants: disbursement view page (GET /grants), " + grants, page);
		record("grants: CSV export (GET /api/grants/export.csv), " + grants, csv);
	}

	private static void record(String figure, double[] ms) {
		Benchmarks.record(figure, "—", "H2", String.format("median %.1f ms, p95 %.1f ms", ms[RUNS / 2],
				ms[(int) (RUNS * 0.95)]));
	}

	private static String line(double[] ms) {
		return String.format("median %8.2f ms   p95 %8.2f ms   max %8.2f ms", ms[RUNS / 2], ms[(int) (RUNS * 0.95)],
				ms[RUNS - 1]);
	}

	private void load() {
		List<Fixtures.Ngo> ngos = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			ngos.add(fixtures.verifiedNgo("TH"));
		}
		List<Long> calls = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			calls.add(fixtures.openCall().getId());
		}
		Timestamp now = Timestamp.from(Instant.now());
		List<Object[]> proposals = new ArrayList<>();
		for (int i = 0; i < GRANTS; i++) {
			proposals.add(new Object[] { calls.get(i % 5), ngos.get(i % 20).organisationId(), "Bench project " + i,
					COUNTRIES.get(i % COUNTRIES.size()), now });
		}
		jdbc.batchUpdate("insert into proposal (call_id, organisation_id, title, country, target_groups, services, "
				+ "victims_per_year, amount_requested, duration_months, narrative, contact_name, contact_email, status, "
				+ "created_by, created_at) values (?, ?, ?, ?, 'WOMEN', 'BASIC_SHELTER', 100, 120000.00, 144, 'Bench', "
				+ "'Bench', 'bench@ngo.example', 'AWARDED', 'bench', ?)", proposals);
		List<Long> proposalIds = jdbc.queryForList("select id from proposal where title like 'Bench project %' order by id",
				Long.class);
		List<Object[]> grants = new ArrayList<>();
		for (int i = 0; i < GRANTS; i++) {
			LocalDate start = LocalDate.of(2011 + i % 6, 1 + i % 12, 1);
			grants.add(new Object[] { proposalIds.get(i), calls.get(i % 5), ngos.get(i % 20).organisationId(),
					"G-" + proposalIds.get(i), "Bench project " + i, COUNTRIES.get(i % COUNTRIES.size()),
					Date.valueOf(start), Date.valueOf(start), Date.valueOf(start.plusMonths(144).minusDays(1)),
					start.getYear(), Date.valueOf(start.plusDays(30)), now });
		}
		jdbc.batchUpdate("insert into fund_grant (proposal_id, call_id, organisation_id, grant_ref, title, country, amount, "
				+ "disbursed, released, refunded, duration_months, starts_on, awarded_on, ends_on, award_year, accept_by, "
				+ "status, agreement_version, session_id, created_at, lock_version) values (?, ?, ?, ?, ?, ?, 120000.00, "
				+ "100000.00, 0, 0, 144, ?, ?, ?, ?, ?, 'ACTIVE', 1, 1, ?, 0)", grants);
		// Only this benchmark's grants: in the benchmark run others (the fund report's, a Board session's) share the
		// database, and their grants have tranches already.
		List<long[]> ids = jdbc.query("select id, proposal_id from fund_grant where title like 'Bench project %' "
				+ "order by id",
				(rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) });
		List<Object[]> tranches = new ArrayList<>();
		List<Object[]> payments = new ArrayList<>();
		List<Object[]> reports = new ArrayList<>();
		List<Object[]> ledger = new ArrayList<>();
		for (int g = 0; g < ids.size(); g++) {
			long id = ids.get(g)[0];
			String ref = "G-" + ids.get(g)[1];
			LocalDate start = LocalDate.of(2011 + g % 6, 1 + g % 12, 1);
			ledger.add(entry("GRANT_COMMITTED", "COMMITTED", "120000.00", start, now, ref, null));
			for (int k = 1; k <= TRANCHES; k++) {
				LocalDate on = start.plusMonths(12L * (k - 1));
				boolean paid = k <= PAYMENTS_PER_GRANT;
				tranches.add(new Object[] { id, k, new BigDecimal("10000.00"), Date.valueOf(on), k == 1 ? null : k - 1,
						paid ? new BigDecimal("10000.00") : null, paid ? Date.valueOf(on) : null });
				if (paid) {
					payments.add(new Object[] { id, k, Date.valueOf(on), "BENCH-" + id + "-" + k, now });
					ledger.add(entry("DISBURSEMENT_PAID", "DISBURSED", "10000.00", on, now, ref, "BENCH-" + id + "-" + k));
				}
				String status = k < PAYMENTS_PER_GRANT ? "ACCEPTED" : k == PAYMENTS_PER_GRANT ? "OPEN" : "SCHEDULED";
				reports.add(new Object[] { id, k, k == TRANCHES, Date.valueOf(on.plusMonths(11)), status,
						k == PAYMENTS_PER_GRANT && g % 50 == 0, "ACCEPTED".equals(status) ? 10 + g % 7 : null });
			}
			if (ledger.size() > 20_000) {
				flush(tranches, payments, reports, ledger);
			}
		}
		flush(tranches, payments, reports, ledger);
		jdbc.update("insert into grant_report_service (report_id, service, victims) select id, 'BASIC_SHELTER', women "
				+ "from grant_report where status = 'ACCEPTED' and grant_id in " + OWN);
		jdbc.update("insert into grant_report_service (report_id, service, victims) select id, 'LEGAL_ADVICE', girls "
				+ "from grant_report where status = 'ACCEPTED' and grant_id in " + OWN);
		for (String group : List.of("women", "girls", "men", "boys")) {
			jdbc.update("insert into grant_result_total (organisation_id, result_year, measure, victims) select "
					+ "g.organisation_id, extract(year from r.due_on), '" + group.toUpperCase() + "', sum(r." + group + ") "
					+ "from grant_report r join fund_grant g on g.id = r.grant_id where r.status = 'ACCEPTED' "
					+ "and g.title like 'Bench project %' group by g.organisation_id, extract(year from r.due_on)");
		}
		jdbc.update("insert into grant_result_total (organisation_id, result_year, measure, victims) select "
				+ "g.organisation_id, extract(year from r.due_on), s.service, sum(s.victims) from grant_report_service s "
				+ "join grant_report r on r.id = s.report_id join fund_grant g on g.id = r.grant_id "
				+ "where r.status = 'ACCEPTED' and g.title like 'Bench project %' "
				+ "group by g.organisation_id, extract(year from r.due_on), s.service");
		jdbc.batchUpdate("insert into ledger_entry (type, bucket, amount, value_date, value_year, recorded_at, actor, "
				+ "reason, reference, grant_ref, idempotency_key) values ('CONTRIBUTION_RECEIVED', 'PAID_IN', ?, ?, ?, ?, "
				+ "'benchmark', 'benchmark money in', ?, null, ?)", List.<Object[]>of(new Object[] {
						new BigDecimal("1300000000.00"), Date.valueOf(LocalDate.of(2010, 1, 1)), 2010, now, "BENCH-IN",
						"contribution:BENCH-IN" }));
		jdbc.update("""
				update fund_balance set
				  paid_in = (select coalesce(sum(amount), 0) from ledger_entry where bucket = 'PAID_IN'),
				  committed = (select coalesce(sum(amount), 0) from ledger_entry where bucket = 'COMMITTED'),
				  disbursed = (select coalesce(sum(amount), 0) from ledger_entry where bucket = 'DISBURSED'),
				  refunded = (select coalesce(sum(amount), 0) from ledger_entry where bucket = 'REFUNDED'),
				  reserve = (select coalesce(sum(amount), 0) from ledger_entry where bucket = 'RESERVE'),
				  entry_count = (select count(*) from ledger_entry),
				  last_entry_id = (select max(id) from ledger_entry)
				where id = 1""");
		jdbc.update("delete from fund_year_total");
		jdbc.update("insert into fund_year_total (value_year, bucket, donor_group, amount, entry_count) "
				+ "select value_year, bucket, coalesce(donor_group, 'NONE'), sum(amount), count(*) from ledger_entry "
				+ "group by value_year, bucket, coalesce(donor_group, 'NONE')");
	}

	private void touch() {
		jdbc.update("update fund_grant set lock_version = lock_version where id = (select min(id) from fund_grant)");
		jdbc.update("update grant_result_total set victims = victims where result_year = (select min(result_year) from grant_result_total)");
	}

	private void flush(List<Object[]> tranches, List<Object[]> payments, List<Object[]> reports, List<Object[]> ledger) {
		jdbc.batchUpdate("insert into grant_tranche (grant_id, number, amount, planned_on, after_report, paid_amount, "
				+ "paid_on) values (?, ?, ?, ?, ?, ?, ?)", tranches);
		jdbc.batchUpdate("insert into grant_payment (grant_id, tranche_number, paid_on, amount, bank_reference, "
				+ "ledger_entry_id, recorded_by, recorded_at) values (?, ?, ?, 10000.00, ?, 0, 'bench', ?)", payments);
		jdbc.batchUpdate("insert into grant_report (grant_id, number, final_report, due_on, status, overdue, women, "
				+ "girls, men, boys, narrative) values (?, ?, ?, ?, ?, ?, ?, 3, 1, 0, 'Bench')", reports);
		jdbc.batchUpdate("insert into ledger_entry (type, bucket, amount, value_date, value_year, recorded_at, actor, "
				+ "reason, grant_ref, reference, idempotency_key) values (?, ?, ?, ?, ?, ?, 'benchmark', 'benchmark', ?, ?, ?)",
				ledger);
		tranches.clear();
		payments.clear();
		reports.clear();
		ledger.clear();
	}

	private static Object[] entry(String type, String bucket, String amount, LocalDate date, Timestamp now, String grant,
			String reference) {
		return new Object[] { type, bucket, new BigDecimal(amount), Date.valueOf(date), date.getYear(), now, grant,
				reference, reference == null ? null : "disbursement:" + grant + ":" + reference };
	}

	/**
	 * H2 reuses a query's last result while the database is unchanged, which would time nothing; every run
	 * therefore first writes one row, as a busy fund's database would have changed between two page views.
	 */
	/** @return the times of {@link #RUNS} runs after three to warm up, in milliseconds, sorted */
	private double[] time(Callable<?> action) throws Exception {
		for (int i = 0; i < 3; i++) {
			touch();
			action.call();
		}
		double[] ms = new double[RUNS];
		for (int i = 0; i < RUNS; i++) {
			touch();
			long start = System.nanoTime();
			action.call();
			ms[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(ms);
		return ms;
	}
}
