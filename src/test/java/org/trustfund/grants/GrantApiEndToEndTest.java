package org.trustfund.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.trustfund.IntegrationTest;
import org.trustfund.grants.GrantFixtures.Awarded;
import org.trustfund.ledger.FundLedger;
import org.trustfund.shared.Money;

/** A grant from the Board's award to its closure, through the HTTP API only, as the NGO and the fund manager. */
@IntegrationTest
class GrantApiEndToEndTest {

	@Autowired GrantFixtures fixtures;
	@Autowired GrantApiSupport api;
	@Autowired FundLedger ledger;

	@Test
	void grantRunsFromAwardToClosureThroughTheApi() throws Exception {
		String fm = fixtures.fundManager();
		Awarded a = fixtures.award("50000.00", 24);
		String ngo = a.ngo().username();
		String base = "/api/grants/" + a.grantId();

		JsonNode offered = api.read(api.call(ngo, get(base)));
		assertThat(offered.get("status").asText()).isEqualTo("OFFERED");
		assertThat(offered.get("tranches")).hasSize(2);
		assertThat(offered.get("versions").get(0).get("number").asInt()).isEqualTo(1);

		assertThat(api.status(ngo, api.jsonPost(base + "/acceptance", Map.of("decision", "accept")))).isEqualTo(200);
		Map<String, Object> payment = Map.of("paidOn", LocalDate.now().toString(), "amount", "25000.00",
				"bankReference", "E2E-1-" + a.grantId());
		MockHttpServletResponse paid = api.call(fm, api.jsonPost(base + "/disbursements", payment));
		assertThat(paid.getStatus()).isEqualTo(201);
		Money afterFirst = ledger.available();
		MockHttpServletResponse again = api.call(fm, api.jsonPost(base + "/disbursements", payment));
		assertThat(again.getStatus()).isEqualTo(200);
		assertThat(api.read(again).get("id").asLong()).isEqualTo(api.read(paid).get("id").asLong());
		assertThat(ledger.balances().disbursed()).isNotNull();
		assertThat(api.read(api.call(fm, get(base))).get("disbursed").decimalValue()).isEqualByComparingTo("25000.00");

		fixtures.openReport(a);
		assertThat(api.status(ngo, api.jsonPost(base + "/reports", report("9000.00")))).isEqualTo(200);
		assertThat(api.status(fm, api.jsonPost(base + "/reports/review", Map.of("decision", "revise",
				"note", "Split the legal advice by sex")))).isEqualTo(200);
		assertThat(api.status(ngo, api.jsonPost(base + "/reports", report("9500.00")))).isEqualTo(200);
		assertThat(api.status(fm, api.jsonPost(base + "/reports/review", Map.of("decision", "accept")))).isEqualTo(200);

		assertThat(api.status(fm, api.jsonPost(base + "/disbursements", Map.of("paidOn", LocalDate.now().toString(),
				"amount", "25000.00", "bankReference", "E2E-2-" + a.grantId())))).isEqualTo(201);
		fixtures.openReport(a);
		assertThat(api.status(ngo, api.jsonPost(base + "/reports", report("15000.00")))).isEqualTo(200);
		assertThat(api.status(fm, api.jsonPost(base + "/reports/review", Map.of("decision", "accept")))).isEqualTo(200);

		JsonNode closed = api.read(api.call(ngo, get(base)));
		assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
		assertThat(closed.get("reports").get(1).get("status").asText()).isEqualTo("ACCEPTED");

		Money beforeRefund = ledger.available();
		Map<String, Object> refund = Map.of("amount", "1000.00", "reference", "RET-E2E-" + a.grantId());
		assertThat(api.status(fm, api.jsonPost(base + "/refunds", refund))).isEqualTo(201);
		assertThat(api.status(fm, api.jsonPost(base + "/refunds", refund))).isEqualTo(201);
		assertThat(ledger.available()).isEqualTo(beforeRefund.plus(Money.of(1000)));
		assertThat(afterFirst).isNotNull();

		JsonNode summary = api.read(api.call(fm, get("/api/grants/summary")));
		assertThat(summary.get("results").get("victimsPerYear").toString()).contains("\"value\"");
		String csv = api.call(fm, get("/api/grants/export.csv")).getContentAsString();
		assertThat(csv).startsWith("\uFEFF\"grant_ref\",").contains("\"" + a.grantRef() + "\",");
	}

	static Map<String, Object> report(String spentPerLine) {
		return Map.of("women", 12, "girls", 7, "men", 1, "boys", 0, "services", Map.of("BASIC_SHELTER", 15,
				"LEGAL_ADVICE", 9), "narrative", "Fifteen survivors sheltered, nine advised.", "spent",
				List.of(spentPerLine, spentPerLine));
	}
}
