package org.trustfund.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trustfund.history.HistorySupport.csv;
import static org.trustfund.history.HistorySupport.upload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.trustfund.IntegrationTest;
import org.trustfund.TestData;
import org.trustfund.donors.DonorService;
import org.trustfund.users.Role;
import org.trustfund.users.UserService;

/**
 * Every bad input of the issue that concerns the money kinds, and the file-level ones: each is named by
 * file, row and column, in the reader's language, and the import writes nothing.
 */
@IntegrationTest
class HistoryBadInputTest {

	static String fundManager;
	static String prefix;
	static String state;

	@Autowired MockMvc mvc;
	@Autowired ObjectMapper json;
	@Autowired JdbcTemplate jdbc;
	@Autowired DonorService donors;

	/** A donor of each kind, a EUR pledge and a recorded bank reference, imported once for the class. */
	@BeforeEach
	void data(@Autowired UserService users) throws Exception {
		if (fundManager != null) {
			return;
		}
		fundManager = TestData.unique("hist_bad");
		TestData.staff(users, fundManager, Role.FUND_MANAGER);
		prefix = HistorySupport.prefix();
		state = HistorySupport.freeCountries(donors, 2).get(1);
		String p = prefix;
		created(upload("/api/history/donors", "d.csv", csv("reference,name,kind,country",
				p + "-D1,Bad Input Foundation,foundation,", p + "-D2,Other Company,company,",
				p + "-MS,State,member_state," + state), fundManager));
		created(upload("/api/history/pledges", "p.csv", csv("reference,donor_reference,amount,currency,expected_on,status",
				p + "-P1," + p + "-D1,1000.00,EUR,2014-01-01,open"), fundManager));
		created(upload("/api/history/contributions", "c.csv", csv(
				"reference,donor_reference,received_on,amount,currency,bank_reference",
				p + "-C1," + p + "-D1,2014-01-01,10.00,USD," + p + "-TAKEN"), fundManager));
	}

	@Test
	void amountsDatesAndReferencesAreCheckedByRowAndColumn() throws Exception {
		String p = prefix;
		String header = "reference,donor_reference,received_on,amount,currency,credited_usd,bank_reference,pledge_reference";
		List<String> lines = new ArrayList<>(List.of(header,
				p + "-X2," + p + "-D1,2015-01-01,\"1,500.00\",USD,," + p + "-B2,",
				p + "-X3," + p + "-D1,2015-01-01,12.345,USD,," + p + "-B3,",
				p + "-X4," + p + "-D1,31/12/2015,10.00,USD,," + p + "-B4,",
				p + "-X5," + p + "-D1,2015-01-01,-10.00,USD,," + p + "-B5,",
				p + "-X5," + p + "-D1,2015-01-01,10.00,USD,," + p + "-B6,",
				p + "-X7," + p + "-NOBODY,2015-01-01,10.00,USD,," + p + "-B7,",
				p + "-X8," + p + "-D1," + LocalDate.now().plusDays(5) + ",10.00,USD,," + p + "-B8,",
				p + "-X9," + p + "-D1,2015-01-01,10.00,USD,," + p + "-TAKEN,",
				p + "-X10," + p + "-D1,2015-01-01,10.00,USD,," + p + "-B9,",
				p + "-X11," + p + "-D1,2015-01-01,10.00,usd,,"  + p + "-b9,",
				p + "-X12," + p + "-D1,2015-01-01,10.00,USD,9.00," + p + "-B12,",
				p + "-X13," + p + "-D1,2015-01-01,10.00,EUR,," + p + "-B13,",
				p + "-X14," + p + "-D2,2015-01-01,10.00,EUR,12.00," + p + "-B14," + p + "-P1",
				p + "-X15," + p + "-D1,2015-01-01,10.00,GBP,12.00," + p + "-B15," + p + "-P1",
				p + "-X16," + p + "-D1,2015-01-01,10.50,JPY,1.00," + p + "-B16,",
				p + "-X17," + p + "-D1,2015-01-01,10.00,XYZ,1.00," + p + "-B17,",
				p + "-X18," + p + "-D1,2015-01-01,0.00,USD,," + p + "-B18,",
				p + "-X19," + p + "-D1,2015-01-01,10.00,USD,," + p + "-B19," + p + "-NOPLEDGE"));
		long contributions = count("contribution");
		JsonNode refused = refused("/api/history/contributions", "bad.csv", csv(lines.toArray(String[]::new)));
		expect(refused, 2, "amount", "history.error.amount");
		expect(refused, 3, "amount", "history.error.amount");
		expect(refused, 4, "received_on", "history.error.date");
		expect(refused, 5, "amount", "history.error.negative");
		expect(refused, 6, "reference", "history.error.duplicateReference");
		expect(refused, 7, "donor_reference", "history.error.unknownDonor");
		expect(refused, 8, "received_on", "history.error.futureDate");
		expect(refused, 9, "bank_reference", "history.error.bankReferenceRecorded");
		expect(refused, 11, "bank_reference", "history.error.duplicateBankReference");
		expect(refused, 12, "credited_usd", "history.error.creditedNotAmount");
		expect(refused, 13, "credited_usd", "history.error.creditedRequired");
		expect(refused, 14, "pledge_reference", "history.error.pledgeOfAnotherDonor");
		expect(refused, 15, "currency", "history.error.pledgeCurrency");
		expect(refused, 16, "amount", "history.error.currencyDecimals");
		expect(refused, 17, "currency", "history.error.currency");
		expect(refused, 18, "amount", "history.error.zero");
		expect(refused, 19, "pledge_reference", "history.error.unknownPledge");
		assertThat(refused.path("problems")).allSatisfy(pr -> assertThat(pr.path("row").asLong()).isNotEqualTo(10));
		assertThat(refused.path("problems")).allSatisfy(pr -> {
			assertThat(pr.path("file").asText()).isEqualTo("bad.csv");
			assertThat(pr.path("message").asText()).isNotBlank().doesNotStartWith("history.");
		});
		assertThat(count("contribution")).isEqualTo(contributions);
	}

	@Test
	void donorsAndPledgesAreChecked() throws Exception {
		String p = prefix;
		long donorsBefore = count("donor");
		JsonNode bad = refused("/api/history/donors", "d.csv", csv("reference,name,kind,country,anonymous",
				p + "-N1,Anon State,member_state," + state + ",yes",
				p + "-N2,No Country,member_state,,no",
				p + "-N3,Some Trust,trust,,",
				p + "-N4,Nowhere,company,QQ,",
				p + "-N5,Flagged,company,,maybe",
				p + "-N6,,company,,"));
		expect(bad, 2, "anonymous", "history.error.memberStateAnonymous");
		expect(bad, 2, "country", "history.error.memberStateExists");
		expect(bad, 3, "country", "history.error.memberStateCountry");
		expect(bad, 4, "kind", "history.error.choice");
		expect(bad, 5, "country", "history.error.country");
		expect(bad, 6, "anonymous", "history.error.flag");
		expect(bad, 7, "name", "history.error.required");
		assertThat(count("donor")).isEqualTo(donorsBefore);

		JsonNode pledges = refused("/api/history/pledges", "p.csv", csv(
				"reference,donor_reference,amount,currency,expected_on,status",
				p + "-Q1," + p + "-D1,100.00,EUR,2015-13-01,open",
				p + "-Q2," + p + "-D1,100.00,EUR,2015-01-01,partly_paid"));
		expect(pledges, 2, "expected_on", "history.error.date");
		expect(pledges, 3, "status", "history.error.choice");
	}

	@Test
	void fileLevelProblemsAreRowZero() throws Exception {
		String p = prefix;
		expect(refused("/api/history/donors", "c.csv", csv(
				"reference,donor_reference,received_on,amount,currency,bank_reference",
				p + "-W1," + p + "-D1,2015-01-01,10.00,USD,WB1")), 0, null, "history.error.wrongKind");
		expect(refused("/api/history/donors", "d.csv", csv("reference,name,kind,colour", "A,B,company,red")), 0,
				"colour", "history.error.unknownColumn");
		expect(refused("/api/history/donors", "d.csv", csv("reference,kind", "A,company")), 0, "name",
				"history.error.missingColumn");
		expect(refused("/api/history/donors", "d.csv", csv("reference,name,name,kind", "A,B,C,company")), 0, "name",
				"history.error.duplicateColumn");
		expect(refused("/api/history/donors", "d.csv", csv("a,b,c", "1,2,3")), 0, null,
				"history.error.notThisKind");
		expect(refused("/api/history/donors", "d.csv", new byte[0]), 0, null, "history.error.empty");
		expect(refused("/api/history/donors", "d.csv", csv("reference,name,kind")), 0, null, "history.error.noRows");
		expect(refused("/api/history/donors", "d.pdf", TestData.pdfBytes()), 0, null, "history.error.fileType");
		expect(refused("/api/history/donors", "d.xlsx", csv("reference,name,kind", "A,B,company")), 0, null,
				"history.error.notXlsx");
		expect(refused("/api/history/donors", "d.csv", HistorySupport.xlsx(List.of(List.of("reference")))), 0, null,
				"history.error.notCsv");
		byte[] latin1 = ("reference,name,kind\n" + p + "-L1,Fondation Hélène,foundation\n")
			.getBytes(StandardCharsets.ISO_8859_1);
		expect(refused("/api/history/donors", "latin1.csv", latin1), 0, null, "history.error.encoding");
		expect(refused("/api/history/donors", "quote.csv", csv("reference,name,kind", "A,\"B,company")), 0, null,
				"history.error.csv");
		assertThat(donors.imported(p + "-L1")).isEmpty();
	}

	@Test
	void aByteOrderMarkIsAllowed() throws Exception {
		byte[] body = csv("reference,name,kind", prefix + "-BOM,Bom Company,company");
		byte[] withBom = new byte[body.length + 3];
		withBom[0] = (byte) 0xEF;
		withBom[1] = (byte) 0xBB;
		withBom[2] = (byte) 0xBF;
		System.arraycopy(body, 0, withBom, 3, body.length);
		created(upload("/api/history/donors", "bom.csv", withBom, fundManager));
		assertThat(donors.imported(prefix + "-BOM").orElseThrow().getName()).isEqualTo("Bom Company");
	}

	@Test
	void problemsAreInArabicForAnArabicReader() throws Exception {
		MvcResult result = mvc.perform(upload("/api/history/donors/preview?lang=ar", "d.csv",
				csv("reference,name,kind", "A,B,trust"), fundManager)).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		JsonNode body = json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(body.path("uploadId").isNull()).isTrue();
		JsonNode problem = body.path("problems").get(0);
		assertThat(problem.path("row").asLong()).isEqualTo(2);
		assertThat(problem.path("column").asText()).isEqualTo("kind");
		assertThat(problem.path("message").asText()).contains("ليست واحدة من").contains("trust");
	}

	/** Roles first: without the role 403 whatever the body's type; with it, a body that is no file is 415. */
	@Test
	void aBodyThatIsNoFileIs403WithoutTheRoleAnd415WithIt(@Autowired UserService users) throws Exception {
		String trustee = TestData.unique("hist_tr");
		TestData.staff(users, trustee, Role.TRUSTEE);
		for (String path : new String[] { "/api/history/donors/preview", "/api/history/donors" }) {
			for (String type : new String[] { "application/json", "text/plain", "application/xml" }) {
				mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
					.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
						.httpBasic(trustee, TestData.PASSWORD))
					.contentType(type).content("{}"))
					.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isForbidden());
				MvcResult wrongType = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
					.post(path).with(org.springframework.security.test.web.servlet.request
						.SecurityMockMvcRequestPostProcessors.httpBasic(fundManager, TestData.PASSWORD))
					.contentType(type).content("{}")).andReturn();
				assertThat(wrongType.getResponse().getStatus()).as("%s %s", path, type).isEqualTo(415);
				assertThat(wrongType.getResponse().getContentType()).startsWith("application/problem+json");
				assertThat(json.readTree(wrongType.getResponse().getContentAsString()).path("instance").asText())
					.isEqualTo(path);
			}
		}
	}

	@Test
	void anUnknownKindIs404() throws Exception {
		assertThat(mvc.perform(upload("/api/history/nonsense", "d.csv", csv("a", "b"), fundManager)).andReturn()
			.getResponse().getStatus()).isEqualTo(404);
	}

	private JsonNode refused(String path, String fileName, byte[] content) throws Exception {
		MvcResult result = mvc.perform(upload(path, fileName, content, fundManager)).andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(422);
		assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
		return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private void created(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		MvcResult result = mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
	}

	private static void expect(JsonNode body, long row, String column, String key) {
		assertThat(body.path("problems")).as(body.toPrettyString()).anySatisfy(p -> {
			assertThat(p.path("row").asLong()).isEqualTo(row);
			if (column == null) {
				assertThat(p.path("column").isNull()).isTrue();
			}
			else {
				assertThat(p.path("column").asText()).isEqualTo(column);
			}
			assertThat(p.path("key").asText()).isEqualTo(key);
		});
	}

	private long count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}
}
