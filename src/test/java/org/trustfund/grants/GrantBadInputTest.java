package org.trustfund.grants;

import org.trustfund.shared.Money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.trustfund.IntegrationTest;
import org.trustfund.grants.GrantFixtures.Awarded;
import org.trustfund.ledger.FundLedger;
import org.trustfund.ledger.FundTotals;

/** Every refused request gets a clear error and changes nothing: no payment, no report, no ledger entry. */
@IntegrationTest
class GrantBadInputTest {

	@Autowired GrantFixtures fixtures;
	@Autowired GrantApiSupport api;
	@Autowired GrantService grants;
	@Autowired FundLedger ledger;

	private Map<String, Object> payment(String amount, String ref) {
		return Map.of("paidOn", LocalDate.now().toString(), "amount", amount, "bankReference", ref);
	}

	@Test
	void disbursementAboveTheTrancheOrWhatRemainsIsRefused() throws Exception {
		String fm = fixtures.fundManager();
		Awarded a = fixtures.award("30000.00", 24);
		fixtures.accept(a);
		FundTotals before = ledger.balances();

		MockHttpServletResponse tooMuch = api.call(fm, api.jsonPost("/api/grants/" + a.grantId() + "/disbursements",
				payment("15000.01", "BIG-" + a.grantId())));
		assertThat(tooMuch.getStatus()).isEqualTo(400);
		assertThat(api.read(tooMuch).get("errors").get("amount").asText()).contains("more than tranche 1");
		MockHttpServletResponse aboveGrant = api.call(fm, api.jsonPost("/api/grants/" + a.grantId() + "/disbursements",
				payment("30000.01", "HUGE-" + a.grantId())));
		assertThat(api.read(aboveGrant).get("errors").get("amount").asText()).contains("remains on the grant");
		assertThat(api.status(fm, api.jsonPost("/api/grants/" + a.grantId() + "/disbursements",
				payment("-5", "NEG-" + a.grantId())))).isEqualTo(400);

		assertThat(grants.get(a.grantId()).getDisbursed()).isEqualByComparingTo(Money.of("0"));
		assertThat(ledger.balances()).isEqualTo(before);
		assertThat(fixtures.task(a.instanceId(), GrantLifecycleProcess.DISBURSE_TRANCHE_TASK)).isNotNull();
	}

	@Test
	void aTranchePaidBeforeItsReportIsAcceptedIsRefused() throws Exception {
		String fm = fixtures.fundManager();
		Awarded a = fixtures.award("30000.00", 24);
		fixtures.accept(a);
		fixtures.pay(a, fm, "15000.00", "T1-" + a.grantId());
		MockHttpServletResponse early = api.call(fm, api.jsonPost("/api/grants/" + a.grantId() + "/disbursements",
				payment("15000.00", "T2-" + a.grantId())));
		assertThat(early.getStatus()).isEqualTo(409);
		assertThat(api.read(early).get("detail").asText()).contains("waits for the acceptance of report 1");
		assertThat(grants.get(a.grantId()).getDisbursed()).isEqualByComparingTo(Money.of("15000.00"));
	}

	@Test
	void aReusedBankReferenceWithAnotherAmountIsAConflict() throws Exception {
		String fm = fixtures.fundManager();
		Awarded a = fixtures.award("30000.00", 24);
		fixtures.accept(a);
		fixtures.pay(a, fm, "15000.00", "DUP-" + a.grantId());
		assertThat(api.status(fm, api.jsonPost("/api/grants/" + a.grantId() + "/disbursements",
				payment("14000.00", "DUP-" + a.grantId())))).isEqualTo(409);
		assertThat(grants.get(a.grantId()).getDisbursed()).isEqualByComparingTo(Money.of("15000.00"));
	}

	@Test
	void negativeOrNonNumericVictimCountsAreRefusedFieldByField() throws Exception {
		Awarded a = reportDue();
		Map<String, Object> body = new HashMap<>(GrantApiEndToEndTest.report("100.00"));
		body.put("women", -3);
		body.put("girls", "many");
		body.put("services", Map.of("BASIC_SHELTER", "x"));
		MockHttpServletResponse r = api.call(a.ngo().username(), api.jsonPost("/api/grants/" + a.grantId() + "/reports", body));
		assertThat(r.getStatus()).isEqualTo(400);
		JsonNode errors = api.read(r).get("errors");
		assertThat(errors.has("women")).isTrue();
		assertThat(errors.has("girls")).isTrue();
		assertThat(errors.has("service_BASIC_SHELTER")).isTrue();
		assertThat(grants.get(a.grantId()).getReports().get(0).getStatus()).isEqualTo(ReportStatus.OPEN);
		assertThat(grants.get(a.grantId()).getReports().get(0).getWomen()).isNull();
	}

	@Test
	void theTaskPageShowsReportErrorsOnTheForm() throws Exception {
		Awarded a = reportDue();
		String taskId = fixtures.task(a.instanceId(), GrantLifecycleProcess.SUBMIT_REPORT_TASK).getId();
		MockHttpServletResponse page = api.call(a.ngo().username(), post("/tasks/" + taskId + "/complete")
			.param("women", "-1").param("girls", "2").param("men", "0").param("boys", "0").param("narrative", "")
			.param("spent0", "1").param("spent1", "1"));
		assertThat(page.getStatus()).isEqualTo(400);
		assertThat(page.getContentAsString()).contains("Give a whole number of victims").contains("Describe the period");
	}

	@Test
	void aReportForAnotherOrganisationsGrantIsRefused() throws Exception {
		Awarded a = reportDue();
		Awarded other = fixtures.award("10000.00", 12);
		assertThat(api.status(other.ngo().username(), api.jsonPost("/api/grants/" + a.grantId() + "/reports",
				GrantApiEndToEndTest.report("1.00")))).isEqualTo(403);
		assertThat(grants.get(a.grantId()).getReports().get(0).getStatus()).isEqualTo(ReportStatus.OPEN);
	}

	@Test
	void aReportAfterTheGrantClosedIsRefused() throws Exception {
		String fm = fixtures.fundManager();
		Awarded a = fixtures.award("10000.00", 12);
		fixtures.accept(a);
		fixtures.pay(a, fm, "10000.00", "C-" + a.grantId());
		fixtures.openReport(a);
		fixtures.submitReport(a, GrantFixtures.report(2, "5000.00"));
		fixtures.review(a, fm, "accept", "");
		MockHttpServletResponse late = api.call(a.ngo().username(), api.jsonPost("/api/grants/" + a.grantId() + "/reports",
				GrantApiEndToEndTest.report("1.00")));
		assertThat(late.getStatus()).isEqualTo(409);
		assertThat(api.read(late).get("detail").asText()).contains("is Closed: no report can be submitted");
	}

	@Test
	void anAmendmentThatChangesTheTotalIsRefusedOnTheForm() throws Exception {
		Awarded a = fixtures.award("50000.00", 12);
		fixtures.accept(a);
		MockHttpServletResponse page = api.call(a.ngo().username(), post("/grants/" + a.grantId() + "/amendments")
			.param("kind", "REALLOCATION").param("newAmount0", "30000").param("newAmount1", "30000")
			.param("justification", "More rent"));
		assertThat(page.getContentAsString()).contains("must still add up to USD 50000.00");
		assertThat(api.call(a.ngo().username(), get("/api/grants/" + a.grantId())).getContentAsString())
			.contains("\"amendments\":[]");
	}

	/** An extension beyond 24 months is a new grant; the year 9999 made the final report due in +10000. */
	@Test
	void anExtensionOfMoreThanTwoYearsIsRefused() throws Exception {
		Awarded a = fixtures.award("50000.00", 12);
		fixtures.accept(a);
		for (String end : new String[] { "9999-12-31", grants.get(a.grantId()).getEndsOn().plusMonths(25).toString() }) {
			MockHttpServletResponse answer = api.call(a.ngo().username(), api.jsonPost("/api/grants/" + a.grantId()
					+ "/amendments", Map.of("kind", "EXTENSION", "newEndsOn", end, "justification", "More time")));
			assertThat(answer.getStatus()).as(end).isEqualTo(400);
			assertThat(answer.getContentAsString()).contains("24 months at most");
		}
		assertThat(api.call(a.ngo().username(), get("/api/grants/" + a.grantId())).getContentAsString())
			.contains("\"amendments\":[]");
	}

	private Awarded reportDue() {
		String fm = fixtures.fundManager();
		Awarded a = fixtures.award("20000.00", 24);
		fixtures.accept(a);
		fixtures.pay(a, fm, "10000.00", "P-" + a.grantId());
		fixtures.openReport(a);
		return a;
	}
}
