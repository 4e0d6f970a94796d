package org.trustfund.reserve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.trustfund.IntegrationTest;
import org.trustfund.proposals.Fixtures;
import org.trustfund.users.Role;

/**
 * The reserve list on PostgreSQL (profile {@code postgres}, a fresh schema): its tables, the list's row lock, a
 * contribution that offers the project it can fund, and a withdrawal through the API. {@code mvn -Ppostgres-tests test}.
 */
@Tag("postgres")
@SpringBootTest(properties = { IntegrationTest.CONFIG_LOCATION, "spring.datasource.username=postgres",
		"spring.datasource.password=", "camunda.bpm.database.schema-name=" + PostgresReserveListTest.SCHEMA,
		"camunda.bpm.database.table-prefix=" + PostgresReserveListTest.SCHEMA + "." })
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "postgres" })
class PostgresReserveListTest {

	static final String SCHEMA = "trustfund_reserve_test";
	private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";

	@DynamicPropertySource
	static void freshSchema(DynamicPropertyRegistry registry) throws SQLException {
		try (Connection connection = DriverManager.getConnection(SERVER, "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute("drop schema if exists " + SCHEMA + " cascade");
			statement.execute("create schema " + SCHEMA);
		}
		registry.add("spring.datasource.url", () -> SERVER + "?currentSchema=" + SCHEMA);
	}

	@Autowired MockMvc mvc;
	@Autowired ReserveFixtures reserve;
	@Autowired Fixtures fixtures;
	@Autowired ReserveListService lists;
	@Autowired RuntimeService runtime;
	@Autowired RepositoryService repository;

	@Test
	void aContributionOffersTheProjectItCanFundAndTheFundManagerWithdrawsAnother() throws Exception {
		String stub = repository.createProcessDefinitionQuery().processDefinitionKey("boardSession").count() > 0 ? null
				: repository.createDeployment().addClasspathResource("stubs/board-session-stub.bpmn").deploy().getId();
		reserve.sittingBoard();
		ReserveFixtures.Setup s = reserve.call();
		long first = reserve.reserve(s, 1, "30000", 5);
		long second = reserve.reserve(s, 2, "45000", 5);
		reserve.drain();

		fixtures.payIntoFund("30000");
		reserve.runOffers();

		ReserveList list = lists.list(s.callId());
		assertThat(list.getCurrentOfferSession()).isNotNull();
		assertThat(lists.entries(s.callId())).filteredOn(e -> list.getCurrentOfferSession().equals(e.getLastOfferedIn()))
			.extracting(ReserveEntry::getProposalId).containsExactly(first);
		String fm = fixtures.user(Role.FUND_MANAGER);
		mvc.perform(post("/api/reserve/" + s.callId() + "/withdrawals").with(httpBasic(fm, Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"proposalId\":" + second + ",\"reason\":\"NGO withdrew\"}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.entries[1].state").value("WITHDRAWN"));
		mvc.perform(get("/api/reserve").with(httpBasic(fm, Fixtures.PASSWORD))).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].callId").value(s.callId()));

		reserve.endProcesses(List.of(s.callId()), runtime);
		if (stub != null) {
			repository.deleteDeployment(stub, true);
		}
		org.camunda.bpm.engine.impl.util.ClockUtil.reset();
	}
}
