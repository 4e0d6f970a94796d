package org.trustfund.reserve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.trustfund.PostgresTest;
import org.trustfund.proposals.Fixtures;
import org.trustfund.users.Role;

/**
 * The reserve list on PostgreSQL (profile {@code postgres}, a fresh schema): its tables, the list's row lock, a
 * contribution that offers the project it can fund, and a withdrawal through the API. {@code mvn -Ppostgres-tests test}.
 */
@PostgresTest
class PostgresReserveListTest {

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
		reserve.drain(); // before the list opens: its opening check must find nothing to offer
		ReserveFixtures.Setup s = reserve.call();
		long first = reserve.reserve(s, 1, "30000", 5);
		long second = reserve.reserve(s, 2, "45000", 5);

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
