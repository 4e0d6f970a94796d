package org.trustfund.setup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.trustfund.IntegrationTest;
import org.trustfund.TrustFundApplication;

/**
 * The demo tells the fund's published story (DOMAIN.md), loaded through the same history import a real fund
 * uses: one start of the whole application with the demo profile on an empty database, then the figures read
 * from the service's own API as the fund manager sees them.
 */
class DemoStoryTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void theDemoShowsTheFundsFiguresFromItsImportedHistory() throws Exception {
		try (ConfigurableApplicationContext context = start()) {
			String base = "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
			Browser fundManager = new Browser();
			assertThat(fundManager.logIn(base, "fundmanager", "demo")).isTrue();

			var response = fundManager.get(base, "/api/reports/fund", "application/json");
			assertThat(response.statusCode()).isEqualTo(200);
			JsonNode report = JSON.readTree(response.body());

			assertThat(amount(report.at("/balance/available"))).isEqualByComparingTo("90000.00");
			assertThat(amount(report.at("/balance/paidIn"))).isEqualByComparingTo("2300000.00");
			assertThat(amount(report.at("/balance/committed"))).isEqualByComparingTo("1750000.00");
			assertThat(amount(report.at("/balance/operatingReserve"))).isEqualByComparingTo("460000.00");
			assertThat(report.at("/moneyOut/grants").asLong()).isEqualTo(30);
			assertThat(amount(report.at("/moneyOut/awarded"))).isEqualByComparingTo("1750000.00");
			assertThat(report.at("/moneyOut/byCountry").size()).isEqualTo(26);
			assertThat(yearPaid(report, 2015)).isEqualByComparingTo("701357.00");
			assertThat(report.at("/moneyIn/donorsPaid/MEMBER_STATE").asLong()).isEqualTo(19);
			assertThat(report.at("/moneyIn/privateShare").decimalValue()).isBetween(new BigDecimal("30"),
					new BigDecimal("36"));
			List<Integer> waiting = new ArrayList<>();
			report.at("/reserve").forEach(line -> waiting.add(line.get("waiting").asInt()));
			assertThat(waiting).containsExactly(50);

			var imports = fundManager.get(base, "/api/history/imports", "application/json");
			assertThat(imports.statusCode()).isEqualTo(200);
			assertThat(JSON.readTree(imports.body()).size()).as("one recorded import per sample file").isEqualTo(6);
		}
	}

	private static BigDecimal yearPaid(JsonNode report, int year) {
		for (JsonNode y : report.at("/moneyIn/years")) {
			if (y.get("year").asInt() == year) {
				return amount(y.get("total"));
			}
		}
		throw new AssertionError("No paid-in figure for " + year + " in " + report.at("/moneyIn/years"));
	}

	private static BigDecimal amount(JsonNode node) {
		assertThat(node.isMissingNode()).as("figure present").isFalse();
		return node.decimalValue();
	}

	private static ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(TrustFundApplication.class).run("--" + IntegrationTest.CONFIG_LOCATION,
				"--spring.profiles.active=test,demo",
				"--spring.datasource.url=jdbc:h2:mem:demo-story-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
				"--server.port=0",
				// As in FirstStartTest: a uniquely named engine and no webapps, so closing this context leaves the
				// cached test contexts' engine registry and webapps alone.
				"--camunda.bpm.generate-unique-process-engine-name=true", "--camunda.bpm.webapp.enabled=false");
	}
}
