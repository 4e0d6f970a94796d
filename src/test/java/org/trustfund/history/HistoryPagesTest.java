package org.trustfund.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.trustfund.history.HistorySupport.csv;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.trustfund.IntegrationTest;
import org.trustfund.TestData;
import org.trustfund.donors.DonorService;
import org.trustfund.organisations.OrganisationService;
import org.trustfund.users.Role;
import org.trustfund.users.UserService;

/** The history import pages: kinds, templates, upload → preview → confirm → record, and who may use them. */
@IntegrationTest
class HistoryPagesTest {

	static String fundManager;
	static String admin;
	static String ngoLike;
	static String reviewer;
	static String trustee;

	@Autowired MockMvc mvc;
	@Autowired DonorService donors;
	@Autowired org.trustfund.donors.PledgeService pledges;
	@Autowired org.trustfund.ledger.FundLedger ledger;

	@BeforeEach
	void users(@Autowired UserService users, @Autowired OrganisationService organisations) {
		if (fundManager != null) {
			return;
		}
		ngoLike = TestData.unique("hp_ngo");
		organisations.signUp(TestData.signUp(ngoLike), TestData.pdf());
		admin = TestData.unique("hp_admin");
		TestData.staff(users, admin, Role.ADMIN);
		reviewer = TestData.unique("hp_rev");
		TestData.staff(users, reviewer, Role.REVIEWER);
		trustee = TestData.unique("hp_trustee");
		TestData.staff(users, trustee, Role.TRUSTEE, Role.BOARD_CHAIR);
		fundManager = TestData.unique("hp_fm");
		TestData.staff(users, fundManager, Role.FUND_MANAGER);
	}

	@Test
	void theIndexListsEveryKindWithItsColumnsAndTemplates() throws Exception {
		MockHttpSession session = TestData.login(mvc, fundManager);
		String page = mvc.perform(get("/history").session(session)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Paid contributions", "bank_reference", "credited_usd", "Operating reserve",
				"/history/donors/template.csv", "/history/contributions/template.xlsx", "href=\"/history\"");
		String arabic = mvc.perform(get("/history?lang=ar").session(session)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(arabic).contains("المساهمات المدفوعة", "استيراد سجل الصندوق");
	}

	@Test
	void templatesAreGeneratedFromTheColumns() throws Exception {
		MockHttpSession session = TestData.login(mvc, fundManager);
		String csv = mvc.perform(get("/history/pledges/template.csv").session(session)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		// the product's one CSV format: byte-order mark (Arabic opens right in spreadsheet programs), quoted text
		assertThat(csv).startsWith("\uFEFF");
		assertThat(csv.substring(1).strip()).isEqualTo("\"reference\",\"donor_reference\",\"amount\",\"currency\","
				+ "\"expected_on\",\"status\",\"earmark\",\"write_off_reason\"");
		byte[] xlsx = mvc.perform(get("/history/contributions/template.xlsx").session(session))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var header = workbook.getSheetAt(0).getRow(0);
			assertThat(header.getCell(0).getStringCellValue()).isEqualTo("reference");
			assertThat(header.getCell(6).getStringCellValue()).isEqualTo("bank_reference");
		}
	}

	@Test
	void uploadPreviewConfirmAndReadTheRecordBack() throws Exception {
		MockHttpSession session = TestData.login(mvc, fundManager);
		String p = HistorySupport.prefix();
		String bad = mvc.perform(multipart("/history/donors/preview").file(file(csv("reference,name,kind",
				p + "-A,Page Foundation,trust"))).session(session).with(csrf()).param("lang", "ar"))
			.andExpect(status().isUnprocessableEntity()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(bad).contains("donors.csv", "<td>2</td>", "kind", "ليست واحدة من");
		assertThat(bad).doesNotContain("/history/uploads/");

		String good = mvc.perform(multipart("/history/donors/preview").file(file(csv("reference,name,kind",
				p + "-A,Page Foundation,foundation", p + "-B,Page Company,company"))).session(session)
			.with(csrf()).param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(good).contains("No problem found in 2 row(s)");
		Matcher action = Pattern.compile("/history/uploads/([0-9a-f-]{36})/import").matcher(good);
		assertThat(action.find()).isTrue();
		assertThat(donors.imported(p + "-A")).isEmpty();

		MvcResult confirmed = mvc.perform(post("/history/uploads/" + action.group(1) + "/import").session(session)
			.with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
		String location = confirmed.getResponse().getRedirectedUrl();
		assertThat(location).matches("/history/imports/\\d+");
		assertThat(donors.imported(p + "-A")).isPresent();
		assertThat(donors.imported(p + "-B")).isPresent();
		String record = mvc.perform(get(location).session(session)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(record).contains("donors.csv", fundManager, "Donors");
	}

	@Test
	void everyMoneyKindImportsThroughThePages() throws Exception {
		MockHttpSession session = TestData.login(mvc, fundManager);
		String p = HistorySupport.prefix();
		pageImport(session, "donors", "donors.csv", csv("reference,name,kind", p + "-D,Page Donor,company"));
		pageImport(session, "pledges", "pledges.csv", csv("reference,donor_reference,amount,currency,expected_on,status",
				p + "-P," + p + "-D,500.00,USD,2015-01-31,open"));
		pageImport(session, "contributions", "contributions.xlsx", HistorySupport.xlsx(List.of(
				List.of("reference", "donor_reference", "received_on", "amount", "currency", "bank_reference",
						"pledge_reference"),
				List.of(p + "-C", p + "-D", java.time.LocalDate.of(2015, 2, 1), 500, "USD", p + "-BANK", p + "-P"))));
		assertThat(pledges.imported(p + "-P").orElseThrow().getStatus())
			.isEqualTo(org.trustfund.donors.PledgeStatus.PAID);
		String level = ledger.balances().reserve().add(java.math.BigDecimal.ONE).toPlainString();
		pageImport(session, "operating-reserve", "reserve.csv", csv("reference,level,value_date",
				p + "-R," + level + "," + (ledger.operatingReserveLastSetOn() == null ? "2015-02-02"
						: ledger.operatingReserveLastSetOn().toString())));
		assertThat(ledger.balances().reserve()).isEqualByComparingTo(level);
	}

	private void pageImport(MockHttpSession session, String kind, String fileName, byte[] content) throws Exception {
		String preview = mvc.perform(multipart("/history/" + kind + "/preview")
			.file(new MockMultipartFile("file", fileName, "application/octet-stream", content)).session(session)
			.with(csrf())).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		Matcher action = Pattern.compile("/history/uploads/([0-9a-f-]{36})/import").matcher(preview);
		assertThat(action.find()).as(preview).isTrue();
		mvc.perform(post("/history/uploads/" + action.group(1) + "/import").session(session).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void administratorsMayImportToo() throws Exception {
		MockHttpSession session = TestData.login(mvc, admin);
		mvc.perform(get("/history").session(session)).andExpect(status().isOk());
		mvc.perform(get("/api/history/imports").with(httpBasic(admin, TestData.PASSWORD))).andExpect(status().isOk());
	}

	@Test
	void otherRolesGet403AndStrangersMustLogIn() throws Exception {
		for (String user : List.of(ngoLike, reviewer, trustee)) {
			mvc.perform(get("/api/history/imports").with(httpBasic(user, TestData.PASSWORD)))
				.andExpect(status().isForbidden());
			mvc.perform(HistorySupport.upload("/api/history/donors", "d.csv", csv("reference,name,kind", "X,Y,company"),
					user)).andExpect(status().isForbidden());
			MockHttpSession session = TestData.login(mvc, user);
			mvc.perform(get("/history").session(session)).andExpect(status().isForbidden());
			mvc.perform(get("/history/donors/template.csv").session(session)).andExpect(status().isForbidden());
			String home = mvc.perform(get("/").session(session)).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(home).doesNotContain("href=\"/history\"");
		}
		mvc.perform(get("/api/history/imports")).andExpect(status().isUnauthorized());
		mvc.perform(get("/history")).andExpect(status().is3xxRedirection());
	}

	private static MockMultipartFile file(byte[] content) {
		return new MockMultipartFile("file", "donors.csv", "text/csv", content);
	}
}
