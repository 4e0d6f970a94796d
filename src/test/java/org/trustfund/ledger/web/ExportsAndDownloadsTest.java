package org.trustfund.ledger.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.trustfund.IntegrationTest;
import org.trustfund.donors.ContributionForm;
import org.trustfund.donors.ContributionService;
import org.trustfund.donors.Donor;
import org.trustfund.donors.DonorForm;
import org.trustfund.donors.DonorKind;
import org.trustfund.donors.DonorService;
import org.trustfund.files.Upload;
import org.trustfund.organisations.Organisation;
import org.trustfund.organisations.OrganisationService;
import org.trustfund.organisations.SignUp;
import org.trustfund.users.UserService;

/** What the fund manager downloads: CSV that no spreadsheet runs as a formula, and file names in Arabic. */
@IntegrationTest
class ExportsAndDownloadsTest {

	@Autowired MockMvc mvc;
	@Autowired DonorService donors;
	@Autowired ContributionService contributions;
	@Autowired OrganisationService organisations;
	@Autowired UserDetailsService details;

	UserDetails fm;

	@BeforeEach
	void users(@Autowired UserService users) {
		TestUsers.ensure(users, organisations);
		fm = TestUsers.as(details, TestUsers.FUND_MANAGER);
	}

	@Test
	void theLedgerCsvQuotesAndNeutralisesBankReferencesAndKeepsArabic() throws Exception {
		String arabic = "مؤسسة الأمل " + UUID.randomUUID().toString().substring(0, 6);
		Donor donor = donors.create(new DonorForm(arabic, DonorKind.FOUNDATION, "", false, "", "", ""), "test");
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		List<String> references = List.of("FLD-7;=2*3;" + suffix, "+1-" + suffix, "@SUM(A1)-" + suffix,
				"-5-" + suffix, "=HYPERLINK(\"http://x\")-" + suffix);
		for (String reference : references) {
			contributions.record(new ContributionForm(donor.getId(), null, LocalDate.now(), new BigDecimal("10.00"),
					"USD", null, reference, false, null), "test");
		}

		MockHttpServletResponse response = mvc.perform(get("/ledger/export.csv")
			.param("donorId", donor.getId().toString()).with(user(fm))).andReturn().getResponse();
		String csv = response.getContentAsString();

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("text/csv").containsIgnoringCase("UTF-8");
		assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment; filename=\"fund-ledger-");
		assertThat(csv).startsWith("\uFEFF\"id\",").contains("\"FLD-7;=2*3;" + suffix + "\"")
			.contains("\"'+1-" + suffix + "\"").doesNotContain(",+1-").doesNotContain(",@SUM");
		List<CSVRecord> rows = parse(csv);
		assertThat(rows).extracting(r -> r.get("reference")).containsExactlyInAnyOrder("FLD-7;=2*3;" + suffix,
				"'+1-" + suffix, "'@SUM(A1)-" + suffix, "'-5-" + suffix, "'=HYPERLINK(\"http://x\")-" + suffix);
		assertThat(rows).allSatisfy(r -> {
			assertThat(r.get("reason")).isEqualTo("Contribution from " + arabic);
			assertThat(r.get("amount_usd")).isEqualTo("10.00");
		});
		assertThat(csv).contains(",10.00,10.00,");
	}

	@Test
	void theGrantsCsvHasTheSameFormat() throws Exception {
		String csv = mvc.perform(get("/grants/export.csv").with(user(fm))).andReturn().getResponse()
			.getContentAsString();
		assertThat(csv).startsWith("\uFEFF\"grant_ref\",\"title\",");
		assertThat(parse(csv)).allSatisfy(r -> assertThat(new BigDecimal(r.get("committed_usd"))).isNotNegative());
	}

	@Test
	void aFileWithAnArabicNameIsDownloadedUnderItsName() throws Exception {
		Organisation org = organisations.signUp(new SignUp("ملجأ الأمان", "TH", "DL-" + System.nanoTime(), "1 Road",
				"Contact", "dl@example.org", "", "Holder", "Bank", "GB29NWBK60161331926819", "",
				"dl_" + System.nanoTime(), "password123"),
				Upload.of("تقرير مالي.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes()));
		long documentId = organisations.documents(org.getId()).get(0).getId();

		MockHttpServletResponse response = mvc.perform(get("/organisations/" + org.getId() + "/documents/" + documentId)
			.with(user(fm))).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment; filename=\"")
			.endsWith("; filename*=UTF-8''%D8%AA%D9%82%D8%B1%D9%8A%D8%B1%20%D9%85%D8%A7%D9%84%D9%8A.pdf");
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
	}

	private static List<CSVRecord> parse(String csv) throws IOException {
		return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(csv.substring(1))).getRecords();
	}
}
