package org.trustfund.grants;

import org.trustfund.shared.Money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.trustfund.history.HistoryRuns.row;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.util.Locale;
import org.springframework.test.web.servlet.MockMvc;
import org.trustfund.shared.Readable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.trustfund.IntegrationTest;
import org.trustfund.calls.CallProcess;
import org.trustfund.donors.ContributionForm;
import org.trustfund.donors.ContributionService;
import org.trustfund.donors.Donor;
import org.trustfund.donors.DonorForm;
import org.trustfund.donors.DonorKind;
import org.trustfund.donors.DonorService;
import org.trustfund.history.HistoryKind.RowOutcome;
import org.trustfund.history.HistoryRuns;
import org.trustfund.history.RowProblem;
import org.trustfund.ledger.LedgerReports;
import org.trustfund.proposals.Fixtures;
import org.trustfund.users.Role;
import org.trustfund.users.UserAccount;
import org.trustfund.users.UserAccounts;

/**
 * Past calls and grants imported from a fund's history: ledger entries at their own dates, results in their years,
 * active grants continuing where they stand, re-import changing nothing, bad input refused by row and column.
 */
@IntegrationTest
class PastGrantsImportTest {

	@Autowired HistoryRuns imports;
	@Autowired MockMvc mvc;
	@Autowired Fixtures fixtures;
	@Autowired GrantFixtures grantFixtures;
	@Autowired Grants grants;
	@Autowired LedgerReports ledgerReports;
	@Autowired JdbcTemplate jdbc;
	@Autowired RuntimeService runtime;
	@Autowired ManagementService management;
	@Autowired UserAccounts accounts;
	@Autowired GrantSettings settings;
	@Autowired DonorService donors;
	@Autowired org.trustfund.ledger.FundLedger ledger;
	@Autowired ContributionService contributions;
	@Autowired org.springframework.transaction.support.TransactionTemplate tx;

	private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
	private String callRef;
	private String run;

	@BeforeEach
	void pastCall() {
		run = Fixtures.unique("r");
		callRef = "CALL-2014-" + run;
		payIntoFundOn(LocalDate.of(2014, 1, 15), "300000.00");
		var result = imports.run("calls", List.of(call(callRef, "2014-03-01", "2014-06-30", "decided")));
		assertThat(result.problems()).isEmpty();
	}

	/** A contribution received on a past day, as an imported contribution would be (value date {@code on}). */
	private void payIntoFundOn(LocalDate on, String usd) {
		Donor donor = donors.create(new DonorForm("Past donor " + Fixtures.unique("d"), DonorKind.FOUNDATION, "", false,
				"", "", ""), "test");
		contributions.record(new ContributionForm(donor.getId(), null, on, new BigDecimal(usd), "USD",
				new BigDecimal(usd), Fixtures.unique("PAST-"), false, null), "test");
	}

	static Map<String, String> call(String ref, String opens, String deadline, String status) {
		return row("reference", ref, "title", "Global call 2014", "opening_date", opens, "submission_deadline", deadline,
				"status", status, "eligible_countries", "AFRICA TH", "target_groups", "WOMEN,GIRLS", "services",
				"BASIC_SHELTER;LEGAL_ADVICE", "ceiling_per_grant", "60000.00", "envelope", "1000000.00",
				"max_duration_months", "36");
	}

	private Map<String, String> grant(String ref, String registration, String awardedOn, String amount, String status,
			String closedOn) {
		return row("record", "grant", "reference", ref, "call_reference", callRef, "organisation_name", "Shelter "
				+ registration, "registration_number", registration, "country", "NG", "title", "Safe house " + ref,
				"awarded_on", awardedOn, "amount", amount, "duration_months", "36", "status", status, "closed_on",
				closedOn);
	}

	private static Map<String, String> tranche(String grant, String ref, int number, String amount, LocalDate planned,
			LocalDate paidOn, String paid) {
		return row("record", "tranche", "reference", ref, "grant_reference", grant, "number", Integer.toString(number),
				"amount", amount, "planned_on", planned.toString(), "paid_on", paidOn == null ? "" : paidOn.toString(),
				"paid_amount", paid == null ? "" : paid);
	}

	private static Map<String, String> result(String grant, String ref, int number, LocalDate due, int women) {
		return row("record", "result", "reference", ref, "grant_reference", grant, "number", Integer.toString(number),
				"due_on", due.toString(), "women", Integer.toString(women), "girls", "4", "men", "0", "boys", "1",
				"basic_shelter", "9", "legal_advice", "3");
	}

	/** A closed grant of 2015-2017 with two paid tranches, a refund and two reports. */
	private List<Map<String, String>> closedGrant(String g, String registration) {
		return List.of(grant(g, registration, "2015-03-01", "50000.00", "closed", "2017-03-31"),
				tranche(g, g + "/T1", 1, "25000.00", LocalDate.of(2015, 3, 1), LocalDate.of(2015, 3, 10), "25000.00"),
				tranche(g, g + "/T2", 2, "25000.00", LocalDate.of(2016, 3, 1), LocalDate.of(2016, 3, 15), "20000.00"),
				row("record", "refund", "reference", g + "/R1", "grant_reference", g, "amount", "1000.00",
						"received_on", "2017-04-10"),
				result(g, g + "/P1", 1, LocalDate.of(2016, 2, 1), 10), result(g, g + "/P2", 2, LocalDate.of(2017, 5, 1),
						7));
	}

	/** An active grant awarded 13 months ago: tranche 1 paid, tranches 2 and 3 to come; report 1 accepted or not. */
	private List<Map<String, String>> activeGrant(String g, String registration, boolean reportAccepted) {
		LocalDate awarded = today.minusMonths(13);
		List<Map<String, String>> rows = new ArrayList<>(List.of(grant(g, registration, awarded.toString(), "60000.00",
				"active", ""), tranche(g, g + "/T1", 1, "20000.00", awarded, awarded.plusDays(5), "20000.00"),
				tranche(g, g + "/T2", 2, "20000.00", awarded.plusMonths(12), null, null),
				tranche(g, g + "/T3", 3, "20000.00", awarded.plusMonths(24), null, null)));
		if (reportAccepted) {
			rows.add(result(g, g + "/P1", 1, awarded.plusMonths(11), 12));
		}
		return rows;
	}

	@Test
	void importsPastGrantsWithLedgerEntriesAtTheirOwnDatesAndReimportChangesNothing() {
		String closed = "G15-" + run;
		String waiting = "G24A-" + run;
		String payable = "G24B-" + run;
		List<Map<String, String>> file = new ArrayList<>(closedGrant(closed, "RC-" + run));
		file.addAll(activeGrant(waiting, "RW-" + run, false));
		file.addAll(activeGrant(payable, "RP-" + run, true));

		var result = imports.run("grants", file);

		assertThat(result.problems()).isEmpty();
		assertThat(result.outcomes()).containsOnly(RowOutcome.WRITTEN);
		assertThat(ledgerReports.reconcile().matches()).isTrue();
		assertThat(jdbc.queryForList("select type, value_date, amount from ledger_entry where grant_ref = ? order by id",
				closed)).extracting(m -> m.get("TYPE"), m -> m.get("VALUE_DATE").toString(),
						m -> ((BigDecimal) m.get("AMOUNT")).toPlainString())
			.containsExactly(tuple("GRANT_COMMITTED", "2015-03-01", "50000.00"),
					tuple("DISBURSEMENT_PAID", "2015-03-10", "25000.00"),
					tuple("DISBURSEMENT_PAID", "2016-03-15", "20000.00"), tuple("REFUND_RECEIVED", "2017-04-10", "1000.00"),
					tuple("COMMITMENT_RELEASED", "2017-03-31", "-5000.00"));
		assertThat(jdbc.queryForObject("select count(*) from ledger_entry where grant_ref = ? and value_year <> "
				+ "extract(year from value_date)", Long.class, closed)).isZero();

		Grant g = grant(closed);
		assertThat(g.getStatus()).isEqualTo(GrantStatus.CLOSED);
		assertThat(g.getProposalId()).isNull();
		assertThat(g.getDisbursed()).isEqualByComparingTo(Money.of("45000.00"));
		assertThat(g.getRefunded()).isEqualByComparingTo(Money.of("1000.00"));
		assertThat(g.getReleased()).isEqualByComparingTo(Money.of("5000.00"));
		assertThat(g.getReports()).extracting(GrantReport::getNumber, GrantReport::getStatus, GrantReport::isFinalReport)
			.containsExactly(tuple(1, ReportStatus.ACCEPTED, false), tuple(2, ReportStatus.ACCEPTED, true));
		assertThat(jdbc.queryForMap("select status, import_id from organisation where id = ?", g.getOrganisationId()))
			.containsEntry("STATUS", "VERIFIED").containsEntry("IMPORT_ID", result.importId());
		assertThat(jdbc.queryForObject("select victims from grant_result_total where organisation_id = ? and "
				+ "result_year = 2016 and measure = 'WOMEN'", Long.class, g.getOrganisationId())).isEqualTo(10L);
		assertThat(jdbc.queryForObject("select victims from grant_result_total where organisation_id = ? and "
				+ "result_year = 2017 and measure = 'BASIC_SHELTER'", Long.class, g.getOrganisationId())).isEqualTo(9L);
		assertThat(lifecycle(g)).isNull();
		long callId = jdbc.queryForObject("select id from call_for_proposals where import_ref = ?", Long.class, callRef);
		assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(CallProcess.KEY)
			.processInstanceBusinessKey(Long.toString(callId)).count()).isZero();

		// Report 1 of the waiting grant is due 30 days before tranche 2: its task opens 30 days before that.
		Grant w = grant(waiting);
		LocalDate due = today.minusMonths(13).plusMonths(12).minus(settings.reportLead());
		assertThat(w.currentReport().orElseThrow().getDueOn()).isEqualTo(due);
		ProcessInstance waitingProcess = lifecycle(w);
		assertThat(management.createJobQuery().processInstanceId(waitingProcess.getId())
			.activityId(GrantLifecycleProcess.REPORT_OPENS_TIMER).singleResult().getDuedate())
			.isEqualTo(java.util.Date.from(due.minus(settings.reportOpensBefore()).atStartOfDay(ZoneOffset.UTC).toInstant()));
		ProcessInstance payableProcess = lifecycle(grant(payable));
		assertThat(grantFixtures.open(payableProcess.getId(), GrantLifecycleProcess.DISBURSE_TRANCHE_TASK)).hasSize(1);

		long entries = count("ledger_entry");
		long processes = runtime.createProcessInstanceQuery().count();
		var again = imports.run("grants", file);
		assertThat(again.problems()).isEmpty();
		assertThat(again.outcomes()).containsOnly(RowOutcome.ALREADY_IMPORTED);
		assertThat(count("ledger_entry")).isEqualTo(entries);
		assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(processes);
		assertThat(imports.run("calls", List.of(call(callRef, "2014-03-01", "2014-06-30", "decided"))).outcomes())
			.containsExactly(RowOutcome.ALREADY_IMPORTED);
	}

	/** The reasons the system gives a grant's first version read in the reader's language, imported or awarded. */
	@Test
	void theOriginalVersionsReasonReadsInTheReadersLanguage() throws Exception {
		String closed = "G15N-" + run;
		assertThat(imports.run("grants", closedGrant(closed, "RN-" + run)).problems()).isEmpty();
		long importedId = grant(closed).getId();
		assertThat(jdbc.queryForObject("select reason from grant_version where grant_id = ?", String.class, importedId))
			.startsWith("Awarded on 2015-03-01 (history import ");
		GrantFixtures.Awarded awarded = grantFixtures.award("30000.00", 12);
		String fm = grantFixtures.fundManager();

		assertThat(grantPage(importedId, fm, "ar")).contains("مُنحت في "
				+ Readable.date(LocalDate.of(2015, 3, 1), Locale.forLanguageTag("ar")) + " (استيراد السجل التاريخي \u2068")
			.doesNotContain("Awarded on 2015-03-01");
		assertThat(grantPage(importedId, fm, "en")).contains("Awarded on 1 March 2015 (history import ");
		assertThat(grantPage(awarded.grantId(), fm, "ar")).contains("منحها مجلس الأمناء في "
				+ Readable.date(today, Locale.forLanguageTag("ar")));
	}

	/** The grant's page, at its reference's address (the numeric address redirects there). */
	private String grantPage(long id, String username, String lang) throws Exception {
		String ref = jdbc.queryForObject("select grant_ref from fund_grant where id = ?", String.class, id);
		return mvc.perform(get("/grants/" + ref).cookie(new Cookie("tf-lang", lang))
			.with(httpBasic(username, Fixtures.PASSWORD))).andReturn().getResponse().getContentAsString();
	}

	@Test
	void anImportedActiveGrantReachesItsNextReportAndThenItsTranche() {
		String g = "GA-" + run;
		assertThat(imports.run("grants", activeGrant(g, "RA-" + run, false)).problems()).isEmpty();
		Grant grant = grant(g);
		ProcessInstance process = lifecycle(grant);
		String ngo = Fixtures.unique("ngo");
		accounts.save(new UserAccount(ngo, "NGO " + ngo, ngo + "@ngo.example", "{noop}x", EnumSet.of(Role.NGO_MEMBER),
				grant.getOrganisationId(), java.time.Instant.now()));
		String fm = grantFixtures.fundManager();

		grantFixtures.fire(process.getId(), GrantLifecycleProcess.REPORT_OPENS_TIMER);
		grantFixtures.complete(process.getId(), GrantLifecycleProcess.SUBMIT_REPORT_TASK, ngo,
				GrantFixtures.report(1, "5000.00"));
		grantFixtures.complete(process.getId(), GrantLifecycleProcess.REVIEW_REPORT_TASK, fm,
				Map.of("decision", "accept", "note", "Good"));

		assertThat(grant(g).report(1).getStatus()).isEqualTo(ReportStatus.ACCEPTED);
		grantFixtures.complete(process.getId(), GrantLifecycleProcess.DISBURSE_TRANCHE_TASK, fm,
				Map.of("paidOn", today.toString(), "amount", "20000.00", "bankReference", "PAY2-" + run));
		Grant paid = grant(g);
		assertThat(paid.getDisbursed()).isEqualByComparingTo(Money.of("40000.00"));
		assertThat(paid.nextTranche().orElseThrow().getNumber()).isEqualTo(3);
		assertThat(management.createJobQuery().processInstanceId(process.getId())
			.activityId(GrantLifecycleProcess.REPORT_OPENS_TIMER).count()).isEqualTo(1);
		assertThat(ledgerReports.reconcile().matches()).isTrue();
	}

	@Test
	void badInputIsRefusedByRowAndColumnAndNothingIsWritten() {
		String other = "RX-" + run;
		assertThat(imports.run("grants", List.of(grant("GX-" + run, other, "2015-01-10", "1000.00", "closed",
				"2016-01-10"))).problems()).isEmpty();
		String g = "GB-" + run;
		long entries = count("ledger_entry");
		long grantsBefore = count("fund_grant");
		long processes = runtime.createProcessInstanceQuery().count();
		List<Map<String, String>> file = new ArrayList<>(activeGrant(g, "RB-" + run, false));
		file.add(grant("GC-" + run, "RC-" + run, "2015-01-10", "1,500.00", "active", ""));
		file.add(grant("GD-" + run, "RD-" + run, "10/01/2015", "12.345", "active", ""));
		file.add(tranche(g, g + "/T5", 5, "-5.00", today.minusDays(1), null, null));
		file.add(tranche(g, g + "/T1", 4, "10.00", today.minusDays(1), null, null));
		file.add(grant("GE-" + run, other, "2015-01-10", "1000.00", "active", "").entrySet().stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
					e -> e.getKey().equals("country") ? "KE" : e.getValue())));
		String h = "GF-" + run;
		file.add(grant(h, "RF-" + run, "2015-01-10", "1000.00", "active", ""));
		file.add(tranche(h, h + "/T1", 1, "1000.00", LocalDate.of(2015, 1, 10), LocalDate.of(2015, 2, 1), "1200.00"));
		file.add(row("record", "refund", "reference", h + "/R", "grant_reference", h, "amount", "1.00", "received_on",
				"2015-03-01"));

		Map<String, String> sameNumberElsewhere = new java.util.HashMap<>(grant("GG-" + run, "RB-" + run, "2015-01-10",
				"1000.00", "active", ""));
		sameNumberElsewhere.put("country", "KE");
		file.add(sameNumberElsewhere);

		var result = imports.run("grants", file);

		assertThat(result.imported()).isFalse();
		assertThat(result.problems()).filteredOn(p -> p.row() == 14L).extracting(RowProblem::column,
				RowProblem::messageKey, RowProblem::arguments)
			.containsExactly(tuple("country", "history.error.grants.organisationOtherCountry", List.of("RB-" + run, "NG")));
		assertThat(result.problems()).extracting(RowProblem::row, RowProblem::column, RowProblem::messageKey)
			.contains(tuple(6L, "amount", "history.error.amount"),
					tuple(7L, "awarded_on", "history.error.date"), tuple(7L, "amount", "history.error.amount"),
					tuple(8L, "amount", "history.error.negative"), tuple(8L, "number", "history.error.grants.trancheNumber"),
					tuple(9L, "reference", "history.error.grants.duplicateReference"),
					tuple(10L, "country", "history.error.grants.organisationOtherCountry"),
					tuple(12L, "paid_amount", "history.error.grants.paidMoreThanTranche"),
					tuple(12L, "paid_amount", "history.error.grants.paidMoreThanAwarded"),
					tuple(13L, "amount", "history.error.grants.refundExceedsPaid"));
		assertThat(result.problems()).noneMatch(p -> p.row() >= 2 && p.row() <= 5);
		assertThat(count("ledger_entry")).isEqualTo(entries);
		assertThat(count("fund_grant")).isEqualTo(grantsBefore);
		assertThat(grants.findByGrantRef(g)).isEmpty();
		assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(processes);
	}

	@Test
	void grantRowsAreCheckedAgainstTheCallTheFundAndTheirStatus() {
		String g = "GU-" + run;
		List<Map<String, String>> file = List.of(
				row("record", "grant", "reference", g, "call_reference", "NO-SUCH-CALL-" + run, "organisation_name", "X",
						"registration_number", "RU-" + run, "country", "XX", "title", "T", "awarded_on",
						today.plusDays(3).toString(), "amount", "99999999999.00", "duration_months", "0", "status",
						"open", "closed_on", ""),
				row("record", "result", "reference", g + "/P", "grant_reference", "NOPE-" + run, "number", "1"),
				row("record", "bonus", "reference", g + "/B"));

		var problems = imports.run("grants", file).problems();

		assertThat(problems).extracting(RowProblem::row, RowProblem::column, RowProblem::messageKey)
			.contains(tuple(2L, "call_reference", "history.error.grants.unknownCall"),
					tuple(2L, "country", "history.error.country"), tuple(2L, "awarded_on", "history.error.grants.future"),
					tuple(2L, "amount", "history.error.grants.insufficientFunds"),
					tuple(2L, "duration_months", "history.error.grants.duration"),
					tuple(2L, "status", "history.error.choice"),
					tuple(3L, "grant_reference", "history.error.grants.grantRowFirst"),
					tuple(4L, "record", "history.error.choice"));
	}

	@Test
	void anActiveGrantCannotHaveItsFinalReportAcceptedAndTranchesComeFirst() {
		String g = "GR-" + run;
		List<Map<String, String>> file = new ArrayList<>(activeGrant(g, "RR-" + run, true));
		file.add(result(g, g + "/P2", 2, today.minusDays(3), 1));
		file.add(result(g, g + "/P3", 3, today.minusDays(2), 1));
		file.add(tranche(g, g + "/T4", 4, "0.00", today, null, null));

		var problems = imports.run("grants", file).problems();

		// Result 2 is the progress report before tranche 3; result 3 would be the final report.
		assertThat(problems).noneMatch(p -> p.row() == 7L);
		assertThat(problems).extracting(RowProblem::row, RowProblem::column, RowProblem::messageKey)
			.contains(tuple(8L, "number", "history.error.grants.resultFinalOfActive"),
					tuple(9L, "record", "history.error.grants.trancheAfterResults"),
					tuple(9L, "amount", "history.error.grants.zero"));
	}

	/** The grant with its tranches and reports loaded. */
	private Grant grant(String ref) {
		return tx.execute(s -> {
			Grant g = grants.findByGrantRef(ref).orElseThrow();
			g.getReports();
			g.getTranches();
			return g;
		});
	}

	@Test
	void aGrantIsNeverCommittedBeyondTheMoneyAvailableOnItsAwardDayOrLater() {
		// More than the fund had from 2010-01-02 on (its own test money came in 2014; other tests of the shared
		// database may have booked older money, so the amount is set above whatever was there).
		BigDecimal beyond = PastGrantChecks.lowestAvailableFrom(ledgerReports.availableChangesByDay(),
				LocalDate.of(2010, 1, 2)).max(BigDecimal.ZERO).add(new BigDecimal("1000.00"));
		var early = imports.run("grants", List.of(grant("GE0-" + run, "RE0-" + run, "2010-01-02",
				beyond.toPlainString(), "closed", "2010-12-31")));
		assertThat(early.problems()).extracting(RowProblem::row, RowProblem::column, RowProblem::messageKey)
			.containsExactly(tuple(2L, "amount", "history.error.grants.insufficientFunds"));

		// Two grants of 2015 that together take more than the money: the second is refused.
		String first = "GE1-" + run;
		String second = "GE2-" + run;
		BigDecimal lowest = PastGrantChecks.lowestAvailableFrom(ledgerReports.availableChangesByDay(),
				LocalDate.of(2015, 6, 1));
		var result = imports.run("grants", List.of(
				grant(first, "RE1-" + run, "2015-06-01", lowest.subtract(new BigDecimal("10.00")).toPlainString(),
						"closed", "2016-06-01"),
				grant(second, "RE2-" + run, "2015-06-02", "20.00", "closed", "2016-06-01")));
		assertThat(result.problems()).extracting(RowProblem::row, RowProblem::column, RowProblem::messageKey,
				RowProblem::arguments)
			.containsExactly(tuple(3L, "amount", "history.error.grants.insufficientFunds",
					List.of("10.00", LocalDate.of(2015, 6, 2))));
	}

	@Test
	void aWriteThatFailsHalfWayLeavesNothingOfTheFileNotEvenAProcess() {
		String first = "GW1-" + run;
		String second = "GW2-" + run;
		List<Map<String, String>> file = new ArrayList<>(activeGrant(first, "RW1-" + run, true));
		file.add(grant(second, "RW2-" + run, today.minusMonths(2).toString(), "60000.00", "active", ""));
		long entries = count("ledger_entry");
		long processes = runtime.createProcessInstanceQuery().count();

		// After the check, the money is committed elsewhere: the second grant no longer fits when it is written.
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> imports.run("grants", file, () -> ledger.commit(
				"G-HOLD-" + run, ledger.available().minus(org.trustfund.shared.Money.of("70000.00")), "Test: hold")))
			.isInstanceOf(org.trustfund.ledger.InsufficientFundsException.class);

		assertThat(count("ledger_entry")).isEqualTo(entries + 1);
		assertThat(grants.findByGrantRef(first)).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from grant_tranche where import_ref like ?", Long.class,
				first + "/%")).isZero();
		assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(processes);
	}

	private ProcessInstance lifecycle(Grant g) {
		return runtime.createProcessInstanceQuery().processDefinitionKey(GrantLifecycleProcess.KEY)
			.processInstanceBusinessKey(g.getId().toString()).singleResult();
	}

	private long count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}
}
