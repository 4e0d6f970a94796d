package org.trustfund.ledger.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.trustfund.IntegrationTest;
import org.trustfund.ledger.FundLedger;
import org.trustfund.ledger.FundTotals;
import org.trustfund.ledger.LedgerReports;
import org.trustfund.organisations.OrganisationService;
import org.trustfund.users.UserService;

/** Setting the operating reserve to the level it has is refused with a message; no entry of zero is written. */
@IntegrationTest
class ReserveAtItsLevelTest {

	@Autowired MockMvc mvc;
	@Autowired FundLedger ledger;
	@Autowired LedgerReports reports;

	UserDetails fm;

	@BeforeEach
	void users(@Autowired UserService users, @Autowired OrganisationService organisations,
			@Autowired UserDetailsService details) {
		TestUsers.ensure(users, organisations);
		fm = TestUsers.as(details, TestUsers.FUND_MANAGER);
	}

	@Test
	void theApiAndTheFormRefuseTheCurrentLevelAndWriteNothing() throws Exception {
		FundTotals before = ledger.balances();
		long entries = reports.dashboard().entryCount();
		String level = before.reserve().setScale(2).toPlainString();

		mvc.perform(put("/api/ledger/operating-reserve").with(user(fm)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"amount\": " + level + ", \"reason\": \"again\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors.amount").value(Matchers.containsString("already")));
		mvc.perform(post("/ledger/reserve").with(user(fm)).with(csrf()).param("amount", level).param("reason", "again"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("The operating reserve is already USD")));

		assertThat(reports.dashboard().entryCount()).isEqualTo(entries);
		assertThat(ledger.balances()).isEqualTo(before);
	}
}
