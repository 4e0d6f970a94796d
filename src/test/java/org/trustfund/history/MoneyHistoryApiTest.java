package org.trustfund.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.trustfund.history.HistorySupport.csv;
import static org.trustfund.history.HistorySupport.upload;
import static org.trustfund.history.HistorySupport.xlsx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.trustfund.IntegrationTest;
import org.trustfund.TestData;
import org.trustfund.donors.Donor;
import org.trustfund.donors.DonorKind;
import org.trustfund.donors.DonorService;
import org.trustfund.donors.Pledge;
import org.trustfund.donors.PledgeService;
import org.trustfund.donors.PledgeStatus;
import org.trustfund.ledger.FundLedger;
import org.trustfund.ledger.LedgerReports;
import org.trustfund.users.Role;
import org.trustfund.users.UserService;

/**
 * The money kinds through the API: donors, pledges, contributions and the operating reserve, from CSV and
 * .xlsx; re-import changes nothing; a file imports all or nothing; the ledger agrees with the imported rows.
 */
@IntegrationTest
class MoneyHistoryApiTest {

	static String fundManager;

	@Autowired MockMvc mvc;
	@Autowired ObjectMapper json;
	@Autowired JdbcTemplate jdbc;
	@Autowired DonorService donors;
	@Autowired PledgeService pledges;
	@Autowired FundLedger ledger;
	@Autowired LedgerReports reports;

	String p;

	@BeforeEach
	void users(@Autowired UserService users) {
		if (fundManager == null) {
			fundManager = TestData.unique("hist_fm");
			TestData.staff(users, fundManager, Role.FUND_MANAGER);
		}
		p = HistorySupport.prefix();
	}

	@Test
	void importsEachMoneyKindAndBooksEveryContributionOnItsOwnValueDate() throws Exception {
		List<String> countries = HistorySupport.freeCountries(donors, 1);
		JsonNode donorsImport = importOk("donors", "donors.csv", csv("reference,name,kind,country,anonymous",
				p + "-D1,Kingdom of Example,member_state," + countries.get(0) + ",no",
				p + "-D2,Example Foundation,foundation,,yes",
				p + "-D3,Jane Giver,individual,GB,"));
		assertThat(donorsImport.path("written").asLong()).isEqualTo(3);
		Donor state = donors.imported(p + "-D1").orElseThrow();
		assertThat(state.getKind()).isEqualTo(DonorKind.MEMBER_STATE);
		assertThat(state.getCountry()).isEqualTo(countries.get(0));
		assertThat(donors.imported(p + "-D2").orElseThrow().isAnonymous()).isTrue();

		importOk("pledges", "pledges.csv", csv("reference,donor_reference,amount,currency,expected_on,status",
				p + "-P1," + p + "-D1,100000.00,EUR,2012-06-30,open",
				p + "-P2," + p + "-D2,5000,USD,2013-01-31,paid",
				p + "-P3," + p + "-D3,700.50,USD,2014-03-31,written_off"));
		assertThat(pledges.imported(p + "-P2").orElseThrow().getStatus()).isEqualTo(PledgeStatus.PAID);
		assertThat(pledges.imported(p + "-P3").orElseThrow().getStatus()).isEqualTo(PledgeStatus.WRITTEN_OFF);

		BigDecimal paidBefore = ledger.balances().paidIn();
		importOk("contributions", "contributions.csv", csv(
				"reference,donor_reference,received_on,amount,currency,credited_usd,bank_reference,pledge_reference",
				p + "-C1," + p + "-D1,2011-12-15,40000.00,EUR,52000.00," + p + "-BANK1," + p + "-P1",
				p + "-C2," + p + "-D1,2012-07-02,60000.00,EUR,75000.00," + p + "-BANK2," + p + "-P1",
				p + "-C3," + p + "-D2,2012-02-01,5000.00,USD,," + p + "-BANK3," + p + "-P2",
				p + "-C4," + p + "-D3,2013-05-05,250.25,USD,250.25," + p + "-BANK4,"));
		assertThat(ledger.balances().paidIn().subtract(paidBefore)).isEqualByComparingTo("132250.25");
		Pledge open = pledges.imported(p + "-P1").orElseThrow();
		assertThat(open.getStatus()).isEqualTo(PledgeStatus.PAID);
		assertThat(open.getPaidAmount()).isEqualByComparingTo("100000");

		// Per-year totals by value date, for these donors, and the running totals equal the entries.
		Map<Integer, BigDecimal> byYear = new java.util.TreeMap<>();
		jdbc.query("select value_year, sum(amount) as total from ledger_entry where donor_id in (?, ?, ?) "
				+ "group by value_year", rs -> {
					byYear.put(rs.getInt(1), rs.getBigDecimal(2));
				}, state.getId(), donors.imported(p + "-D2").orElseThrow().getId(),
				donors.imported(p + "-D3").orElseThrow().getId());
		assertThat(byYear).containsOnlyKeys(2011, 2012, 2013);
		assertThat(byYear.get(2011)).isEqualByComparingTo("52000.00");
		assertThat(byYear.get(2012)).isEqualByComparingTo("80000.00");
		assertThat(byYear.get(2013)).isEqualByComparingTo("250.25");
		assertThat(jdbc.queryForObject("select e.value_date from ledger_entry e join contribution c "
				+ "on c.ledger_entry_id = e.id where c.imported_ref = ?", LocalDate.class, p + "-C1"))
			.isEqualTo(LocalDate.of(2011, 12, 15));
		assertThat(reports.reconcile().matches()).isTrue();

		BigDecimal reserve = ledger.balances().reserve();
		String level = reserve.add(new BigDecimal("1000.00")).toPlainString();
		// Levels come oldest first: no earlier than the last level another test of the shared database set.
		LocalDate on = notBeforeTheLastReserve(LocalDate.of(2013, 12, 31));
		importOk("operating-reserve", "reserve.csv", csv("reference,level,value_date,reason",
				p + "-R1," + level + "," + on + ",Board decision 2013"));
		assertThat(ledger.balances().reserve()).isEqualByComparingTo(level);
		assertThat(jdbc.queryForObject("select value_date from ledger_entry where reference = ? and type = "
				+ "'OPERATING_RESERVE_SET'", LocalDate.class, p + "-R1")).isEqualTo(on);
		assertThat(reports.reconcile().matches()).isTrue();
	}

	@Test
	void importsAnXlsxWorkbookWithDateAndNumberCells() throws Exception {
		importOk("donors", "donors.xlsx", xlsx(List.of(List.of("reference", "name", "kind"),
				List.of(p + "-X1", "Workbook Company", "company"))));
		BigDecimal paidBefore = ledger.balances().paidIn();
		List<List<Object>> rows = new ArrayList<>();
		rows.add(List.of("reference", "donor_reference", "received_on", "amount", "currency", "bank_reference"));
		rows.add(List.of(p + "-XC1", p + "-X1", LocalDate.of(2015, 3, 1), 1500.5, "USD", p + "-XB1"));
		rows.add(List.of(p + "-XC2", p + "-X1", "2015-04-01", "2000.00", "usd", p + "-XB2"));
		importOk("contributions", "contributions.xlsx", xlsx(rows));
		assertThat(ledger.balances().paidIn().subtract(paidBefore)).isEqualByComparingTo("3500.50");
		assertThat(jdbc.queryForObject("select received_on from contribution where imported_ref = ?",
				LocalDate.class, p + "-XC1")).isEqualTo(LocalDate.of(2015, 3, 1));
	}

	@Test
	void importingTheSameFileAgainChangesNothingAndIsRecorded() throws Exception {
		importOk("donors", "donors.csv", csv("reference,name,kind", p + "-R1,Again Foundation,foundation"));
		byte[] file = csv("reference,donor_reference,received_on,amount,currency,bank_reference",
				p + "-RC1," + p + "-R1,2014-01-01,100.00,USD," + p + "-RB1",
				p + "-RC2," + p + "-R1,2014-02-01,200.00,USD," + p + "-RB2");
		JsonNode first = importOk("contributions", "again.csv", file);
		long entries = count("ledger_entry");
		BigDecimal paid = ledger.balances().paidIn();
		JsonNode second = importOk("contributions", "again.csv", file);
		assertThat(second.path("written").asLong()).isZero();
		assertThat(second.path("alreadyImported").asLong()).isEqualTo(2);
		assertThat(second.path("sha256").asText()).isEqualTo(first.path("sha256").asText()).hasSize(64);
		assertThat(second.path("importedBy").asText()).isEqualTo(fundManager);
		assertThat(count("ledger_entry")).isEqualTo(entries);
		assertThat(ledger.balances().paidIn()).isEqualByComparingTo(paid);

		mvc.perform(get("/api/history/imports/" + second.path("id").asLong()).with(httpBasic(fundManager,
				TestData.PASSWORD))).andExpect(status().isOk()).andExpect(jsonPath("$.kind").value("contributions"))
			.andExpect(jsonPath("$.alreadyImported").value(2));
		mvc.perform(get("/api/history/imports").with(httpBasic(fundManager, TestData.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == " + second.path("id").asLong() + ")].fileName").value("again.csv"));
	}

	@Test
	void aBadRowNineThousandLeavesNothingWritten() throws Exception {
		importOk("donors", "donors.csv", csv("reference,name,kind", p + "-B1,Big Company,company"));
		StringBuilder file = new StringBuilder("reference,donor_reference,received_on,amount,currency,bank_reference\n");
		for (int i = 1; i <= 9_500; i++) {
			String amount = i == 8_999 ? "\"1,000.00\"" : "10.00";
			file.append(p).append("-BC").append(i).append(',').append(p).append("-B1,2015-06-01,").append(amount)
				.append(",USD,").append(p).append("-BB").append(i).append('\n');
		}
		long contributions = count("contribution");
		long entries = count("ledger_entry");
		long records = count("history_import");
		MvcResult refused = mvc.perform(upload("/api/history/contributions", "big.csv",
				file.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), fundManager))
			.andExpect(status().isUnprocessableEntity()).andReturn();
		JsonNode body = json.readTree(refused.getResponse().getContentAsString());
		assertThat(body.path("problemCount").asLong()).isEqualTo(1);
		JsonNode problem = body.path("problems").get(0);
		assertThat(problem.path("row").asLong()).isEqualTo(9_000); // header is row 1
		assertThat(problem.path("column").asText()).isEqualTo("amount");
		assertThat(problem.path("key").asText()).isEqualTo("history.error.amount");
		assertThat(count("contribution")).isEqualTo(contributions);
		assertThat(count("ledger_entry")).isEqualTo(entries);
		assertThat(count("history_import")).isEqualTo(records);
	}

	@Test
	void aRowTheLedgerRefusesWhenWritingRollsBackTheWholeFile() throws Exception {
		BigDecimal tooHigh = ledger.balances().available().add(ledger.balances().reserve())
			.add(new BigDecimal("1000000.00"));
		long entries = count("ledger_entry");
		BigDecimal reserve = ledger.balances().reserve();
		MvcResult refused = mvc.perform(upload("/api/history/operating-reserve", "reserve.csv",
				csv("reference,level,value_date", p + "-OK," + reserve.add(BigDecimal.ONE).toPlainString()
						+ "," + notBeforeTheLastReserve(LocalDate.of(2014, 1, 1)), p + "-HIGH," + tooHigh.toPlainString()
						+ "," + notBeforeTheLastReserve(LocalDate.of(2015, 1, 1))), fundManager))
			.andExpect(status().isUnprocessableEntity()).andReturn();
		JsonNode problem = json.readTree(refused.getResponse().getContentAsString()).path("problems").get(0);
		assertThat(problem.path("row").asLong()).isEqualTo(3);
		assertThat(problem.path("key").asText()).isEqualTo("history.error.write");
		assertThat(problem.path("message").asText()).contains("Not enough money available");
		assertThat(count("ledger_entry")).isEqualTo(entries);
		assertThat(ledger.balances().reserve()).isEqualByComparingTo(reserve);
	}

	@Test
	void previewThenImportTheStoredUpload() throws Exception {
		MvcResult preview = mvc.perform(upload("/api/history/donors/preview", "donors.csv",
				csv("reference,name,kind", p + "-U1,Preview Foundation,foundation"), fundManager))
			.andExpect(status().isOk()).andExpect(jsonPath("$.rows").value(1))
			.andExpect(jsonPath("$.problemCount").value(0)).andReturn();
		String id = json.readTree(preview.getResponse().getContentAsString()).path("uploadId").asText();
		assertThat(donors.imported(p + "-U1")).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from history_upload where id = ?", Long.class, id))
			.isEqualTo(1);
		mvc.perform(post("/api/history/uploads/" + id + "/import").with(httpBasic(fundManager, TestData.PASSWORD)))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.written").value(1));
		assertThat(donors.imported(p + "-U1")).isPresent();
		assertThat(jdbc.queryForObject("select count(*) from history_upload where id = ?", Long.class, id))
			.isZero();
		mvc.perform(post("/api/history/uploads/" + id + "/import").with(httpBasic(fundManager, TestData.PASSWORD)))
			.andExpect(status().isNotFound());
	}

	private JsonNode importOk(String kind, String fileName, byte[] content) throws Exception {
		MvcResult result = mvc.perform(upload("/api/history/" + kind, fileName, content, fundManager)).andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
		return json.readTree(result.getResponse().getContentAsString());
	}

	/** {@code day}, or the day the reserve was last set when that is later (levels are recorded oldest first). */
	private LocalDate notBeforeTheLastReserve(LocalDate day) {
		LocalDate last = ledger.operatingReserveLastSetOn();
		return last == null || !last.isAfter(day) ? day : last;
	}

	private long count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}
}
