package org.trustfund.grants;

import org.trustfund.shared.Money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.trustfund.IntegrationTest;
import org.trustfund.grants.Disbursements.PaymentOrder;
import org.trustfund.grants.GrantFixtures.Awarded;
import org.trustfund.ledger.FundLedger;
import org.trustfund.ledger.FundTotals;
import org.trustfund.ledger.LedgerReports;
import org.trustfund.shared.ValidationException;

/**
 * A payment or a refund is dated on or after the grant's award, and the ledger books it on that date
 * (its value date), not on the day it was typed in.
 */
@IntegrationTest
class GrantMoneyDatesTest {

	@Autowired GrantFixtures fixtures;
	@Autowired GrantApiSupport api;
	@Autowired GrantService grants;
	@Autowired Disbursements disbursements;
	@Autowired FundLedger ledger;
	@Autowired LedgerReports reports;
	@Autowired JdbcTemplate jdbc;

	@Test
	void aPaymentDatedBeforeTheAwardIsRefusedOnTheField() throws Exception {
		String fm = fixtures.fundManager();
		Awarded a = fixtures.award("20000.00", 12);
		fixtures.accept(a);
		LocalDate awarded = grants.get(a.grantId()).getAwardedOn();
		assertThat(awarded).isEqualTo(LocalDate.now(ZoneOffset.UTC));
		FundTotals before = ledger.balances();

		assertThatThrownBy(() -> disbursements.pay(a.grantId(),
				new PaymentOrder(awarded.minusDays(1), new BigDecimal("100.00"), "EARLY-S-" + a.grantId()), fm))
			.isInstanceOf(ValidationException.class)
			.satisfies(e -> assertThat(((ValidationException) e).fieldErrors().get("paidOn"))
				.contains("before the award").contains(awarded.toString()));
		MockHttpServletResponse early = api.call(fm, api.jsonPost("/api/grants/" + a.grantId() + "/disbursements",
				Map.of("paidOn", awarded.minusYears(12).toString(), "amount", "100.00", "bankReference",
						"EARLY-" + a.grantId())));

		assertThat(early.getStatus()).isEqualTo(400);
		assertThat(api.read(early).get("errors").get("paidOn").asText()).contains("before the award");
		assertThat(grants.get(a.grantId()).getDisbursed()).isEqualByComparingTo(Money.of("0"));
		assertThat(ledger.balances()).isEqualTo(before);
	}

	@Test
	void aPaymentAndARefundAreBookedOnTheirOwnDates() throws Exception {
		String fm = fixtures.fundManager();
		Awarded a = fixtures.award("20000.00", 12);
		jdbc.update("update fund_grant set awarded_on = ? where id = ?", LocalDate.of(2014, 1, 10), a.grantId());
		fixtures.accept(a);

		// A payment dated after today (UTC) is refused and books nothing.
		MockHttpServletResponse future = api.call(fm, api.jsonPost("/api/grants/" + a.grantId() + "/disbursements",
				Map.of("paidOn", LocalDate.now(ZoneOffset.UTC).plusDays(1).toString(), "amount", "1000.00",
						"bankReference", "SOON-" + a.grantId())));
		assertThat(future.getStatus()).isEqualTo(400);
		assertThat(future.getContentAsString()).contains("paidOn");

		MockHttpServletResponse paid = api.call(fm, api.jsonPost("/api/grants/" + a.grantId() + "/disbursements",
				Map.of("paidOn", "2014-02-01", "amount", "1000.00", "bankReference", "OLD-" + a.grantId())));
		assertThat(paid.getStatus()).isEqualTo(201);
		assertThat(valueDate(api.read(paid))).isEqualTo(LocalDate.of(2014, 2, 1));

		MockHttpServletResponse refunded = api.call(fm, api.jsonPost("/api/grants/" + a.grantId() + "/refunds",
				Map.of("amount", "250.00", "reference", "BACK-" + a.grantId(), "receivedOn", "2014-06-30")));
		assertThat(refunded.getStatus()).isEqualTo(201);
		assertThat(api.read(refunded).get("receivedOn").asText()).isEqualTo("2014-06-30");
		assertThat(valueDate(api.read(refunded))).isEqualTo(LocalDate.of(2014, 6, 30));

		Refund today = disbursements.refund(a.grantId(), new BigDecimal("50.00"), null, "TODAY-" + a.grantId(), fm);
		assertThat(today.getReceivedOn()).isEqualTo(LocalDate.now(ZoneOffset.UTC));
		assertThat(reports.entry(today.getLedgerEntryId()).getValueDate()).isEqualTo(today.getReceivedOn());
	}

	@Test
	void aRefundDatedBeforeTheAwardOrInTheFutureIsRefusedOnTheField() throws Exception {
		String fm = fixtures.fundManager();
		Awarded a = fixtures.award("20000.00", 12);
		fixtures.accept(a);
		fixtures.pay(a, fm, "20000.00", "P-" + a.grantId());
		LocalDate awarded = grants.get(a.grantId()).getAwardedOn();
		FundTotals before = ledger.balances();

		for (LocalDate wrong : new LocalDate[] { awarded.minusDays(1), LocalDate.now(ZoneOffset.UTC).plusDays(1) }) {
			MockHttpServletResponse r = api.call(fm, api.jsonPost("/api/grants/" + a.grantId() + "/refunds",
					Map.of("amount", "10.00", "reference", "R-" + wrong + "-" + a.grantId(), "receivedOn",
							wrong.toString())));
			assertThat(r.getStatus()).as("refund dated %s", wrong).isEqualTo(400);
			assertThat(api.read(r).get("errors").has("receivedOn")).isTrue();
		}
		MockHttpServletResponse page = api.call(fm, org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/grants/" + a.grantId() + "/refunds").param("amount", "10.00").param("reference", "PAGE-" + a.grantId())
			.param("receivedOn", awarded.minusDays(3).toString()));
		assertThat(page.getContentAsString()).contains("cannot be dated before the award");
		assertThat(grants.get(a.grantId()).getRefunded()).isEqualByComparingTo(Money.of("0"));
		assertThat(ledger.balances()).isEqualTo(before);
	}

	@Test
	void theRefundFormTakesTheGrantsReferenceAndHintsAtTheDecimalPoint() throws Exception {
		String fm = fixtures.fundManager();
		Awarded a = fixtures.award("20000.00", 12);
		fixtures.accept(a);
		fixtures.pay(a, fm, "20000.00", "P-" + a.grantId());
		String ref = grants.get(a.grantId()).getGrantRef();
		for (String lang : new String[] { "en", "ar" }) {
			MockHttpServletResponse comma = api.call(fm, org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/grants/" + ref + "/refunds").param("lang", lang).param("amount", "1500,50")
				.param("reference", "COMMA-" + a.grantId()));
			assertThat(comma.getStatus()).as(lang).isEqualTo(200);
			String error = org.jsoup.Jsoup.parse(comma.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
				.select("#amount-error").text();
			assertThat(error).as(lang).contains("1500.50")
				.contains(lang.equals("en") ? "use a point for decimals" : "استعمل النقطة للكسور العشرية");
		}
		assertThat(grants.get(a.grantId()).getRefunded()).isEqualByComparingTo(Money.of("0"));
		MockHttpServletResponse byRef = api.call(fm, org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/grants/" + ref + "/refunds").param("amount", "1,500.50").param("reference", "REF-" + a.grantId()));
		assertThat(byRef.getStatus()).isEqualTo(302);
		assertThat(byRef.getRedirectedUrl()).isEqualTo("/grants/" + ref);
		assertThat(grants.get(a.grantId()).getRefunded()).isEqualByComparingTo(Money.of("1500.50"));
		assertThat(api.call(fm, org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/grants/G-0000-404/refunds").param("amount", "1").param("reference", "NONE")).getStatus()).isEqualTo(404);
	}

	private LocalDate valueDate(JsonNode view) {
		return reports.entry(view.get("ledgerEntryId").asLong()).getValueDate();
	}
}
