package org.trustfund.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.trustfund.history.HistorySupport.csv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.trustfund.IntegrationTest;
import org.trustfund.TestData;
import org.trustfund.donors.DonorService;
import org.trustfund.users.Role;
import org.trustfund.users.UserService;

/**
 * The kinds past calls, past grants and reserve lists through the API and the pages, as a fund brings them in
 * after its money: the rows land with their references, a second import of the same file writes nothing, and a
 * file with one bad row writes nothing at all.
 */
@IntegrationTest
class PastHistoryApiTest {

	static String fundManager;

	@Autowired MockMvc mvc;
	@Autowired ObjectMapper json;
	@Autowired JdbcTemplate jdbc;
	@Autowired DonorService donors;
	@Autowired org.trustfund.ledger.FundLedger ledger;

	String p;

	@BeforeEach
	void users(@Autowired UserService users) {
		if (fundManager == null) {
			fundManager = TestData.unique("past_fm");
			TestData.staff(users, fundManager, Role.FUND_MANAGER);
		}
		p = HistorySupport.prefix();
	}

	@Test
	void callsGrantsAndAReserveListImportThroughTheApiOnceAndAllOrNothing() throws Exception {
		importOk("donors", "donors.csv", csv("reference,name,kind,country,anonymous", p + "-D,Past Foundation,foundation,,no"));
		importOk("contributions", "contributions.csv", csv(
				"reference,donor_reference,received_on,amount,currency,credited_usd,bank_reference",
				p + "-C,"  + p + "-D,2013-02-01,200000.00,USD,," + p + "-BANK"));
		byte[] calls = csv("reference,title,opening_date,submission_deadline,status,eligible_countries,ceiling_per_grant,"
				+ "envelope,max_duration_months", p + "-CALL,Global call 2013,2013-03-01,2013-05-31,decided,AFRICA TH,"
				+ "100000.00,500000.00,36");
		assertThat(importOk("calls", "calls.csv", calls).path("written").asLong()).isEqualTo(1);
		byte[] grants = csv("record,reference,grant_reference,call_reference,organisation_name,registration_number,country,"
				+ "title,awarded_on,amount,duration_months,status,closed_on,number,planned_on,paid_on,paid_amount,due_on,"
				+ "women,girls,men,boys,basic_shelter",
				"grant," + p + "-G,," + p + "-CALL,Shelter " + p + ",REG-" + p + ",NG,Safe house,2013-09-01,50000.00,24,closed,"
						+ "2015-09-01,,,,,,,,,,",
				"tranche," + p + "-G-T1," + p + "-G,,,,,,,50000.00,,,,1,2013-09-15,2013-09-20,50000.00,,,,,,",
				"result," + p + "-G-R1," + p + "-G,,,,,,,,,,,1,,,,2014-09-01,20,15,2,3,40");
		JsonNode grantImport = importOk("grants", "grants.csv", grants);
		assertThat(grantImport.path("written").asLong()).isEqualTo(3);
		assertThat(jdbc.queryForObject("select amount from fund_grant where grant_ref = ?", java.math.BigDecimal.class,
				p + "-G")).isEqualByComparingTo("50000.00");
		// An imported grant has no proposal: its page and its API answer all the same.
		long grantId = jdbc.queryForObject("select id from fund_grant where grant_ref = ?", Long.class, p + "-G");
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/grants/" + grantId)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.httpBasic(fundManager, TestData.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.proposalId")
				.doesNotExist());
		// its page lives at its imported reference; the id's address leads there
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/grants/" + grantId)
			.session(TestData.login(mvc, fundManager))).andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/grants/" + p + "-G"));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/grants/" + p + "-G")
			.session(TestData.login(mvc, fundManager))).andExpect(status().isOk());
		byte[] reserve = csv("reference,call_reference,rank,organisation_name,registration_number,country,title,amount,"
				+ "expires_on", p + "-RL1," + p + "-CALL,1,Refuge " + p + ",RSV1-" + p + ",TH,Refuge,90000000.00,2030-12-31",
				p + "-RL2," + p + "-CALL,2,Haven " + p + ",RSV2-" + p + ",NG,Haven,95000000.00,2030-12-31");
		assertThat(importOk("reserve-list", "reserve-list.csv", reserve).path("written").asLong()).isEqualTo(2);

		// The same files again: recorded, nothing written.
		for (var again : List.of(List.of("calls", calls), List.of("grants", grants), List.of("reserve-list", reserve))) {
			JsonNode record = importOk((String) again.get(0), again.get(0) + ".csv", (byte[]) again.get(1));
			assertThat(record.path("written").asLong()).as("second import of " + again.get(0)).isZero();
		}
		assertThat(jdbc.queryForObject("select count(*) from fund_grant where grant_ref = ?", Long.class, p + "-G"))
			.isEqualTo(1);

		// A second grant whose tranche pays more than it awards: refused by row and column, nothing written.
		MvcResult refused = mvc.perform(HistorySupport.upload("/api/history/grants", "grants2.csv", csv(
				"record,reference,grant_reference,call_reference,organisation_name,registration_number,country,title,"
						+ "awarded_on,amount,duration_months,status,closed_on,number,planned_on,paid_on,paid_amount",
				"grant," + p + "-H,," + p + "-CALL,Other " + p + ",REG2-" + p + ",NG,Other,2013-10-01,10000.00,24,closed,"
						+ "2015-10-01,,,,",
				"tranche," + p + "-H-T1," + p + "-H,,,,,,,10000.00,,,,1,2013-10-15,2013-10-20,12000.00"), fundManager))
			.andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		JsonNode problems = json.readTree(refused.getResponse().getContentAsString()).path("problems");
		assertThat(problems.toString()).contains("\"row\":3").contains("paid_amount");
		assertThat(jdbc.queryForObject("select count(*) from fund_grant where grant_ref = ?", Long.class, p + "-H"))
			.isZero();
	}

	@Test
	void operatingReserveLevelsComeOldestFirstAndNoDateBefore1900() throws Exception {
		importOk("donors", "donors.csv", csv("reference,name,kind,country,anonymous", p + "-OD,Reserve Friend,company,,no"));
		importOk("contributions", "contributions.csv", csv(
				"reference,donor_reference,received_on,amount,currency,credited_usd,bank_reference",
				p + "-OC," + p + "-OD," + java.time.LocalDate.now(new org.trustfund.processes.FundClock()) + ",1000.00,USD,,"
						+ p + "-OBANK"));
		java.math.BigDecimal level = ledger.balances().reserve().add(new java.math.BigDecimal("500.00"));
		String today = java.time.LocalDate.now(new org.trustfund.processes.FundClock()).toString();
		importOk("operating-reserve", "reserve.csv", csv("reference,level,value_date", p + "-OR1," + level + "," + today));

		MvcResult earlier = mvc.perform(HistorySupport.upload("/api/history/operating-reserve", "older.csv", csv(
				"reference,level,value_date", p + "-OR2,100.00,2012-01-01"), fundManager)).andReturn();
		assertThat(earlier.getResponse().getStatus()).isEqualTo(422);
		assertThat(earlier.getResponse().getContentAsString()).contains("history.error.operating-reserve.beforeLast")
			.contains("value_date");
		assertThat(ledger.balances().reserve()).isEqualByComparingTo(level);

		MvcResult early = mvc.perform(HistorySupport.upload("/api/history/contributions", "early.csv", csv(
				"reference,donor_reference,received_on,amount,currency,credited_usd,bank_reference",
				p + "-OE," + p + "-OD,0001-03-04,10.00,USD,," + p + "-OEBANK"), fundManager)).andReturn();
		assertThat(early.getResponse().getStatus()).isEqualTo(422);
		assertThat(early.getResponse().getContentAsString()).contains("history.error.dateTooEarly").contains("received_on");
	}

	@Test
	void aPastCallImportsThroughThePages() throws Exception {
		MockHttpSession session = TestData.login(mvc, fundManager);
		String preview = mvc.perform(multipart("/history/calls/preview")
			.file(new MockMultipartFile("file", "calls.csv", "text/csv", csv(
					"reference,title,opening_date,submission_deadline,status,eligible_countries,ceiling_per_grant,envelope,"
							+ "max_duration_months",
					p + "-PCALL,Global call 2011,2011-03-01,2011-05-31,closed,ASIA,100000.00,450000.00,36")))
			.session(session).with(csrf())).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		Matcher action = Pattern.compile("/history/uploads/([0-9a-f-]{36})/import").matcher(preview);
		assertThat(action.find()).as(preview).isTrue();
		mvc.perform(post("/history/uploads/" + action.group(1) + "/import").session(session).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select status from call_for_proposals where import_ref = ?", String.class,
				p + "-PCALL")).isEqualTo("CLOSED");
	}

	private JsonNode importOk(String kind, String fileName, byte[] content) throws Exception {
		MvcResult result = mvc.perform(HistorySupport.upload("/api/history/" + kind, fileName, content, fundManager))
			.andReturn();
		assertThat(result.getResponse().getStatus()).as(kind + ": " + result.getResponse().getContentAsString())
			.isEqualTo(201);
		return json.readTree(result.getResponse().getContentAsString());
	}
}
