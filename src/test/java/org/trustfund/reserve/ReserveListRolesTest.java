package org.trustfund.reserve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.trustfund.IntegrationTest;
import org.trustfund.proposals.Fixtures;
import org.trustfund.users.Role;

/** Who may see and change the reserve lists, role by role, page by page; and bad input gets clear errors. */
@IntegrationTest
class ReserveListRolesTest {

	@Autowired MockMvc mvc;
	@Autowired Fixtures fixtures;
	@Autowired ReserveFixtures reserve;
	@Autowired ReserveListService lists;
	@Autowired RuntimeService runtime;

	Map<String, String> byRole;
	ReserveFixtures.Setup setup;
	long first;
	long second;

	@BeforeEach
	void listWithTwoProjects() {
		reserve.drain(); // the new list checks the money at once: with an empty fund it offers nothing
		setup = reserve.call();
		first = reserve.reserve(setup, 1, "30000", 3);
		second = reserve.reserve(setup, 2, "45000", 3);
		byRole = Map.of("ngo", setup.ngo().username(), "reviewer", fixtures.user(Role.REVIEWER), "fundmanager",
				fixtures.user(Role.FUND_MANAGER), "trustee", fixtures.user(Role.TRUSTEE), "boardchair",
				reserve.chair(), "admin", fixtures.user(Role.ADMIN));
	}

	@AfterEach
	void endProcess() {
		reserve.endProcesses(List.of(setup.callId()), runtime);
	}

	static Stream<Arguments> readers() {
		return Stream.of(Arguments.of("ngo", 403), Arguments.of("reviewer", 403), Arguments.of("admin", 403),
				Arguments.of("fundmanager", 200), Arguments.of("trustee", 200), Arguments.of("boardchair", 200));
	}

	static Stream<Arguments> notFundManagers() {
		return Stream.of("ngo", "reviewer", "admin", "trustee", "boardchair").map(Arguments::of);
	}

	@ParameterizedTest
	@MethodSource("readers")
	void fundManagersAndTrusteesReadTheListsNgosAndAdministratorsDoNot(String role, int expected) throws Exception {
		mvc.perform(as(role, get("/reserve"))).andExpect(status().is(expected));
		mvc.perform(as(role, get("/reserve/" + setup.callId()))).andExpect(status().is(expected));
		mvc.perform(as(role, get("/api/reserve"))).andExpect(status().is(expected));
		mvc.perform(as(role, get("/api/reserve/" + setup.callId()))).andExpect(status().is(expected));
	}

	@ParameterizedTest
	@MethodSource("notFundManagers")
	void onlyFundManagersWithdrawOrMoveTheExpiry(String role) throws Exception {
		mvc.perform(as(role, post("/api/reserve/" + setup.callId() + "/withdrawals").contentType(MediaType.APPLICATION_JSON)
			.content("{\"proposalId\":" + first + ",\"reason\":\"NGO withdrew\"}"))).andExpect(status().isForbidden());
		mvc.perform(as(role, post("/api/reserve/" + setup.callId() + "/expiry").contentType(MediaType.APPLICATION_JSON)
			.content("{\"expiresOn\":\"2099-01-01\",\"reason\":\"Extended\"}"))).andExpect(status().isForbidden());
		mvc.perform(as(role, post("/reserve/" + setup.callId() + "/withdraw").with(csrf())
			.param("proposalId", Long.toString(first)).param("reason", "NGO withdrew"))).andExpect(status().isForbidden());
		mvc.perform(as(role, post("/reserve/" + setup.callId() + "/expiry").with(csrf())
			.param("expiresOn", "2099-01-01").param("reason", "Extended"))).andExpect(status().isForbidden());
		assertThat(lists.entries(setup.callId())).allMatch(ReserveEntry::isOnList);
	}

	@Test
	void anonymousVisitorsAreSentToLoginOrGet401() throws Exception {
		mvc.perform(get("/reserve")).andExpect(status().isFound());
		mvc.perform(get("/reserve/" + setup.callId())).andExpect(status().isFound());
		mvc.perform(get("/api/reserve")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/reserve/" + setup.callId())).andExpect(status().isUnauthorized());
	}

	@Test
	void theApiShowsEntriesInRankOrderAndTheMoneyNeededForTheNextProject() throws Exception {
		reserve.drain();
		fixtures.payIntoFund("10000"); // fits no project: the list keeps waiting
		mvc.perform(as("trustee", get("/api/reserve/" + setup.callId()))).andExpect(status().isOk())
			.andExpect(jsonPath("$.entries[0].proposalId").value(first))
			.andExpect(jsonPath("$.entries[1].proposalId").value(second))
			.andExpect(jsonPath("$.entries[0].state").value("ON_LIST"))
			.andExpect(jsonPath("$.available").value(10000.00))
			.andExpect(jsonPath("$.moneyNeededForNext").value(20000.00))
			.andExpect(jsonPath("$.expiresOn").value(lists.list(setup.callId()).getExpiresOn().toString()));
		mvc.perform(as("fundmanager", get("/api/reserve"))).andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.callId == " + setup.callId() + ")].waiting").value(2));
	}

	@Test
	void fundManagerWithdrawsAProjectAndChangesTheExpiryThroughTheApi() throws Exception {
		LocalDate later = LocalDate.now().plusYears(2);
		mvc.perform(as("fundmanager", post("/api/reserve/" + setup.callId() + "/withdrawals")
			.contentType(MediaType.APPLICATION_JSON).content("{\"proposalId\":" + second + ",\"reason\":\"NGO withdrew\"}")))
			.andExpect(status().isOk()).andExpect(jsonPath("$.entries[1].state").value("WITHDRAWN"))
			.andExpect(jsonPath("$.entries[1].reason").value("NGO withdrew"));
		mvc.perform(as("fundmanager", post("/api/reserve/" + setup.callId() + "/expiry")
			.contentType(MediaType.APPLICATION_JSON).content("{\"expiresOn\":\"" + later + "\",\"reason\":\"Extended\"}")))
			.andExpect(status().isOk()).andExpect(jsonPath("$.expiresOn").value(later.toString()))
			.andExpect(jsonPath("$.history[?(@.kind == 'EXPIRY_CHANGED')]").isNotEmpty());
	}

	@Test
	void badInputGetsProblemDetailsAndChangesNothing() throws Exception {
		String withdraw = "/api/reserve/" + setup.callId() + "/withdrawals";
		mvc.perform(as("fundmanager", post(withdraw).contentType(MediaType.APPLICATION_JSON)
			.content("{\"proposalId\":" + first + ",\"reason\":\" \"}")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.reason").exists());
		mvc.perform(as("fundmanager", post(withdraw).contentType(MediaType.APPLICATION_JSON)
			.content("{\"proposalId\":999999999,\"reason\":\"NGO withdrew\"}")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.proposalId").exists());
		mvc.perform(as("fundmanager", post(withdraw).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"NGO withdrew\"}")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.proposalId").exists());
		mvc.perform(as("fundmanager", post("/api/reserve/" + setup.callId() + "/expiry")
			.contentType(MediaType.APPLICATION_JSON).content("{\"expiresOn\":\"2001-01-01\",\"reason\":\"Typo\"}")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.expiresOn").exists());
		mvc.perform(as("fundmanager", get("/api/reserve/999999999"))).andExpect(status().isNotFound());
		assertThat(lists.entries(setup.callId())).allMatch(ReserveEntry::isOnList);
		assertThat(lists.history(setup.callId())).extracting(ReserveEvent::getKind)
			.doesNotContain(ReserveEvent.Kind.WITHDRAWN, ReserveEvent.Kind.EXPIRY_CHANGED);
	}

	@Test
	void aClosedListRefusesChangesWithConflict() throws Exception {
		lists.withdraw(setup.callId(), first, "NGO withdrew", "fundmanager");
		lists.withdraw(setup.callId(), second, "NGO withdrew", "fundmanager");
		assertThat(lists.list(setup.callId()).getStatus()).isEqualTo(ListStatus.EMPTIED); // the process closed it

		mvc.perform(as("fundmanager", post("/api/reserve/" + setup.callId() + "/expiry")
			.contentType(MediaType.APPLICATION_JSON).content("{\"expiresOn\":\"2099-01-01\",\"reason\":\"Extend\"}")))
			.andExpect(status().isConflict());
		mvc.perform(as("fundmanager", post("/api/reserve/" + setup.callId() + "/withdrawals")
			.contentType(MediaType.APPLICATION_JSON).content("{\"proposalId\":" + first + ",\"reason\":\"Again\"}")))
			.andExpect(status().isConflict());
	}

	@Test
	void pagesShowTheListAndTheFormsShowTheirErrors() throws Exception {
		mvc.perform(as("fundmanager", get("/reserve/" + setup.callId()))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Withdraw from the list")))
			.andExpect(content().string(containsString("Change the expiry date")));
		mvc.perform(as("trustee", get("/reserve/" + setup.callId()))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Withdraw from the list"))));
		mvc.perform(as("fundmanager", get("/reserve"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("/reserve/" + setup.callId())));
		mvc.perform(as("fundmanager", post("/reserve/" + setup.callId() + "/withdraw").with(csrf())
			.param("proposalId", Long.toString(first)).param("reason", "")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Give a reason")));
		mvc.perform(as("fundmanager", post("/reserve/" + setup.callId() + "/expiry").with(csrf())
			.param("expiresOn", "2001-01-01").param("reason", "Typo")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("cannot be in the past")));
		for (String notADate : new String[] { "+999999999-12-31", "abc" }) { // the form says so (it answered 400)
			mvc.perform(as("fundmanager", post("/reserve/" + setup.callId() + "/expiry").with(csrf())
				.param("expiresOn", notADate).param("reason", "Typo"))).andExpect(status().isOk())
				.andExpect(content().string(containsString("between the years 1000 and 9999")));
		}
		mvc.perform(as("fundmanager", get("/api/reserve/" + setup.callId() + "x")))
			.andExpect(status().is4xxClientError());
		mvc.perform(as("fundmanager", post("/reserve/" + setup.callId() + "/withdraw").with(csrf())
			.param("proposalId", Long.toString(first)).param("reason", "The NGO withdrew")))
			.andExpect(status().isFound());
		assertThat(lists.entries(setup.callId()).get(0).getState()).isEqualTo(EntryState.WITHDRAWN);
	}

	@Test
	void theNavigationLinksFundManagersAndTrusteesToTheReserveLists() throws Exception {
		mvc.perform(as("fundmanager", get("/reserve"))).andExpect(content().string(containsString("href=\"/reserve\"")));
		mvc.perform(as("ngo", get("/tasks"))).andExpect(content().string(org.hamcrest.Matchers.not(
				containsString("href=\"/reserve\""))));
	}

	private MockHttpServletRequestBuilder as(String role, MockHttpServletRequestBuilder request) {
		return request.with(httpBasic(byRole.get(role), Fixtures.PASSWORD));
	}
}
