package org.trustfund.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.trustfund.IntegrationTest;
import org.trustfund.donors.ContributionForm;
import org.trustfund.donors.ContributionService;
import org.trustfund.donors.Donor;
import org.trustfund.donors.DonorForm;
import org.trustfund.donors.DonorKind;
import org.trustfund.donors.DonorService;
import org.trustfund.grants.GrantFixtures;
import org.trustfund.proposals.Fixtures;
import org.trustfund.users.Role;
import org.trustfund.users.UserService;

/** The report's page, PDF, JSON, donor statement and open data through HTTP, as each role. */
@IntegrationTest
class FundReportWebTest {

	static final Set<Role> READERS = Set.of(Role.FUND_MANAGER, Role.TRUSTEE, Role.BOARD_CHAIR, Role.ADMIN);

	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService details;
	@Autowired
	Fixtures fixtures;
	@Autowired
	GrantFixtures grants;
	@Autowired
	ObjectMapper json;
	@Autowired
	UserService users;

	static String fm;
	static long anonymousDonor;
	static String anonymousName;
	static String awardedRef;
	@Autowired
	java.time.Clock clock;

	@BeforeEach
	void data(@Autowired DonorService donors, @Autowired ContributionService contributions) {
		if (fm != null) {
			return;
		}
		fm = fixtures.user(Role.FUND_MANAGER);
		anonymousName = "Quiet Benefactor " + UUID.randomUUID().toString().substring(0, 6);
		Donor d = donors.create(new DonorForm(anonymousName, DonorKind.INDIVIDUAL, "", true, "", "", ""), "test");
		anonymousDonor = d.getId();
		contributions.record(new ContributionForm(d.getId(), null, LocalDate.now(), new BigDecimal("900000.00"), "USD",
				new BigDecimal("900000.00"), "WEB-" + UUID.randomUUID(), false, null), "test");
		awardedRef = grants.award("2500.00", 12).grantRef();
	}

	@Test
	void readersGetEveryViewAndOthersAre403() throws Exception {
		List<String> paths = List.of("/reports/fund", "/api/reports/fund", "/api/open-data/360giving.json",
				"/api/open-data/360giving.csv", "/reports/donors/" + anonymousDonor);
		for (Role role : Role.values()) {
			String name = switch (role) {
				case NGO_MEMBER -> fixtures.verifiedNgo("TH").username();
				case BOARD_CHAIR -> chair();
				default -> fixtures.user(role);
			};
			for (String path : paths) {
				int status = mvc.perform(get(path).with(user(details.loadUserByUsername(name)))).andReturn().getResponse()
					.getStatus();
				assertThat(status).as("%s as %s", path, role).isEqualTo(READERS.contains(role) ? 200 : 403);
			}
		}
		MvcResult problem = mvc.perform(get("/api/reports/fund").with(user(details.loadUserByUsername(
				fixtures.verifiedNgo("TH").username())))).andReturn();
		assertThat(problem.getResponse().getContentType()).contains("application/problem+json");
		assertThat(mvc.perform(get("/public/report")).andReturn().getResponse().getStatus())
			.as("the public report is off by default").isEqualTo(404);
	}

	/** A query parameter of the wrong type: 400 naming it, with what it takes, in the reader's language. */
	@Test
	void aDateParameterPastTheYear9999IsA400NamingIt() throws Exception {
		for (String lang : new String[] { "en", "ar" }) {
			MvcResult bad = mvc.perform(get("/api/reports/fund").param("to", "+999999999-12-31").param("lang", lang)
				.with(user(details.loadUserByUsername(fm)))).andReturn();
			assertThat(bad.getResponse().getStatus()).isEqualTo(400);
			String body = bad.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
			assertThat(body).contains("\"to\"").doesNotContain("Failed to convert")
				.contains(lang.equals("en") ? "between the years 1000 and 9999" : "بين السنتين 1000 و9999");
		}
	}

	/** A period the page cannot read is a message on the page, in the reader's language, never a bare 400. */
	@Test
	void aPeriodThePageCannotReadIsAMessageOnThePage() throws Exception {
		MvcResult en = as(fm, "/reports/fund?from=2026-13-45&lang=en");
		assertThat(en.getResponse().getStatus()).isEqualTo(200);
		assertThat(en.getResponse().getContentAsString()).contains("The date &quot;2026-13-45&quot; of &quot;from&quot; is not a date written YYYY-MM-DD");
		MvcResult ar = as(fm, "/reports/fund?year=abc&lang=ar");
		assertThat(ar.getResponse().getStatus()).isEqualTo(200);
		assertThat(ar.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
			.contains("ليست سنةً مكتوبة بالأرقام");

		// the rows behind the figures read their parameters the same way
		MvcResult rows = as(fm, "/reports/fund/grants?from=x&lang=en");
		assertThat(rows.getResponse().getStatus()).isEqualTo(200);
		assertThat(rows.getResponse().getContentAsString()).contains("The date &quot;x&quot; of &quot;from&quot;");
		MvcResult call = as(fm, "/reports/fund/grants?year=2016&callId=abc&page=zz&lang=ar");
		assertThat(call.getResponse().getStatus()).isEqualTo(200);
		assertThat(call.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
			.contains("ليست رقم دعوة");
		assertThat(as(fm, "/reports/fund/reports?year=abc&page=-3&lang=en").getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void pageShowsChartsWithTitlesAndTablesAndHidesAnonymousNames() throws Exception {
		String page = as(fm, "/reports/fund?lang=en").getResponse().getContentAsString();
		assertThat(page).contains("<svg", "<title>Paid contributions per year by donor type (USD)</title>",
				"<title>Grants by country (USD, paid or pledged)</title>", "<title>Victims assisted per year</title>",
				"<table", "Anonymous donor", "/ledger?bucket=PAID_IN").doesNotContain(anonymousName)
			// the menu's script only (it folds the menu on a phone), not the forms' script
			.containsPattern("src=\"/js/app-[0-9a-f]{32}\\.js\"").doesNotContain("src=\"/js/forms");
		String arabic = as(fm, "/reports/fund?lang=ar").getResponse().getContentAsString();
		assertThat(arabic).contains("dir=\"rtl\"", "<title>المساهمات المدفوعة في كل سنة حسب نوع المانح (بالدولار الأمريكي)</title>");
		assertThat(as(fm, "/reports/fund?year=2016&from=2016-01-01").getResponse().getContentAsString())
			.contains("Give either a year or two dates, not both");
	}

	@Test
	void apiGivesTheReportAndRefusesBadPeriodsWithProblemDetails() throws Exception {
		JsonNode r = json.readTree(as(fm, "/api/reports/fund").getResponse().getContentAsString());
		assertThat(r.at("/moneyIn/total").decimalValue()).isPositive();
		assertThat(r.at("/needs/yearly/needed").decimalValue()).isEqualByComparingTo("1000000.00");
		assertThat(r.at("/needs/newCall/needed").decimalValue()).isEqualByComparingTo("500000.00");
		assertThat(r.at("/forecast/months").size()).isEqualTo(12);
		assertThat(r.toString()).doesNotContain(anonymousName);
		MvcResult bad = as(fm, "/api/reports/fund?from=2016-02-01&to=2016-01-31");
		assertThat(bad.getResponse().getStatus()).isEqualTo(400);
		assertThat(bad.getResponse().getContentType()).contains("application/problem+json");
		assertThat(as(fm, "/api/reports/fund?from=yesterday").getResponse().getStatus()).isEqualTo(400);
	}

	@Test
	void pdfCarriesExtractableTextInEnglishAndArabicRightToLeft() throws Exception {
		Page en = pdf("/reports/fund.pdf?lang=en");
		assertThat(en.text()).contains("Money in", "Available for new grants");
		assertThat(en.firstLineX()).as("English starts at the left margin").isLessThan(150f);
		Page ar = pdf("/reports/fund.pdf?lang=ar");
		assertThat(Normalizer.normalize(ar.text(), Normalizer.Form.NFKC)).contains("الصندوق").containsPattern("[\\u0600-\\u06FF]{3,}");
		assertThat(ar.firstLineX()).as("an Arabic heading sits at the right margin").isGreaterThan(250f);
		Page statement = pdf("/reports/donors/" + anonymousDonor + ".pdf?lang=ar");
		assertThat(Normalizer.normalize(statement.text(), Normalizer.Form.NFKC)).contains("المانح");
	}

	@Test
	void everyGrantAndResultFigureLinksToTheRowsItCounts() throws Exception {
		String page = as(fm, "/reports/fund?year=" + LocalDate.now(clock).getYear()).getResponse().getContentAsString();
		java.util.regex.Matcher grantsLink = java.util.regex.Pattern
			.compile("href=\"(/reports/fund/grants\\?from=[0-9-]+&amp;to=[0-9-]+)\">(\\d+) ·").matcher(page);
		assertThat(grantsLink.find()).as("the grants awarded link to their rows").isTrue();
		String rows = as(fm, grantsLink.group(1).replace("&amp;", "&")).getResponse().getContentAsString();
		assertThat(rows).contains(awardedRef, "/grants/").contains(grantsLink.group(2) + " in all");
		// countries by name, in the reader's language (the class's grant went to Thailand)
		assertThat(rows).contains(">Thailand<");
		assertThat(page).contains(">Thailand<");
		String arabic = as(fm, "/reports/fund?lang=ar&year=" + LocalDate.now(clock).getYear()).getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(arabic).contains(">تايلاند<");
		// the countries chart names each country and groups its amount, as the table beside it does
		assertThat(page).containsPattern("<title>Thailand, Awarded \\(USD\\): [0-9]{1,3}(,[0-9]{3})*\\.[0-9]{2}</title>")
			.doesNotContain("<title>TH, ").doesNotContain(">TH</text>");
		java.util.regex.Matcher thai = java.util.regex.Pattern.compile("<title>تايلاند، [^<]*: ([^<]+)</title>").matcher(arabic);
		assertThat(thai.find()).as("the Arabic chart names Thailand").isTrue();
		assertThat(arabic).contains(">تايلاند</text>").contains("<td class=\"num\">" + thai.group(1) + "</td>");
		assertThat(thai.group(1)).contains(",");
		assertThat(page).containsPattern("href=\"/reports/fund/grants\\?from=[0-9-]+&amp;to=[0-9-]+&amp;callId=\\d+\"")
			.containsPattern("href=\"/reports/fund/grants\\?from=[0-9-]+&amp;to=[0-9-]+&amp;country=[A-Z]{2}\"")
			.contains("href=\"/grants/");
		assertThat(page).contains("href=\"/ledger?bucket=PAID_IN&amp;from=");
		// An administrator reads the report too but may not open the ledger or grants: no link leads there.
		String admin = fixtures.user(Role.ADMIN);
		String adminPage = as(admin, "/reports/fund?year=" + LocalDate.now(clock).getYear()).getResponse()
			.getContentAsString();
		assertThat(adminPage).contains("href=\"/reports/fund/grants").doesNotContain("href=\"/ledger", "href=\"/grants/",
				"href=\"/pledges");
		assertThat(as(fm, "/ledger?bucket=PAID_IN").getResponse().getContentAsString())
			.as("the paid-in rows, corrections included, keep their filter on the next page and in the export")
			.containsPattern("/ledger/export\\.csv\\?[^\"]*bucket=PAID_IN");
		MvcResult reportsRows = as(fm, "/reports/fund/reports?year=2016");
		assertThat(reportsRows.getResponse().getStatus()).isEqualTo(200);
		assertThat(reportsRows.getResponse().getContentAsString()).contains("Accepted reports counted by the results");
		assertThat(as(fm, "/reports/fund/grants?from=2016-02-01&to=2016-01-31").getResponse().getContentAsString())
			.contains("The start date is after the end date");
		String ngo = fixtures.verifiedNgo("TH").username();
		assertThat(as(ngo, "/reports/fund/grants").getResponse().getStatus()).isEqualTo(403);
		assertThat(as(ngo, "/reports/fund/reports").getResponse().getStatus()).isEqualTo(403);
	}

	@Test
	void donorStatementIsPrintableAndSaysWhenTheDonorIsAnonymous() throws Exception {
		String page = as(fm, "/reports/donors/" + anonymousDonor).getResponse().getContentAsString();
		assertThat(page).contains(anonymousName, "asked not to be named", "900,000.00",
				"/reports/donors/" + anonymousDonor + ".pdf?lang=ar");
		Page en = pdf("/reports/donors/" + anonymousDonor + ".pdf?lang=en");
		assertThat(en.text()).contains("Donor statement", "900,000.00", "asked not to be named");
	}

	@Test
	void openDataFollowsThe360GivingShape() throws Exception {
		JsonNode pkg = json.readTree(as(fm, "/api/open-data/360giving.json").getResponse().getContentAsString());
		assertThat(pkg.get("grants").isArray()).isTrue();
		assertThat(pkg.get("grants").size()).isPositive();
		Set<String> countries = Set.of(java.util.Locale.getISOCountries());
		for (JsonNode g : pkg.get("grants")) {
			for (String field : List.of("id", "title", "description", "currency", "awardDate")) {
				assertThat(g.get(field).isTextual()).as(field).isTrue();
				assertThat(g.get(field).asText()).as(field).isNotBlank();
			}
			assertThat(g.get("id").asText()).startsWith("360G-tfvot-");
			assertThat(Currency.getInstance(g.get("currency").asText()).getCurrencyCode()).isEqualTo("USD");
			assertThat(g.get("amountAwarded").isNumber()).isTrue();
			assertThat(g.get("amountDisbursed").isNumber()).isTrue();
			LocalDate.parse(g.get("awardDate").asText());
			LocalDate.parse(g.at("/plannedDates/0/startDate").asText());
			LocalDate.parse(g.at("/plannedDates/0/endDate").asText());
			for (String org : List.of("recipientOrganization", "fundingOrganization")) {
				assertThat(g.get(org).isArray()).isTrue();
				assertThat(g.at("/" + org + "/0/id").asText()).matches("[A-Z]{2}-[A-Za-z0-9-]+");
				assertThat(g.at("/" + org + "/0/name").asText()).isNotBlank();
			}
			assertThat(countries).contains(g.at("/beneficiaryLocation/0/countryCode").asText());
			assertThat(g.at("/grantProgramme/0/title").asText()).isNotBlank();
			assertThat(g.get("fromOpenCall").asText()).isEqualTo("Yes");
			assertThat(g.toString()).doesNotContain("@", "GB29NWBK");
		}
		String csv = as(fm, "/api/open-data/360giving.csv").getResponse().getContentAsString();
		// Every CSV of the product starts with a byte-order mark (web.CsvExport).
		assertThat(csv).startsWith("\uFEFF");
		csv = csv.substring(1);
		List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(csv)).getRecords();
		assertThat(rows).hasSize(pkg.get("grants").size());
		assertThat(rows.get(0).get("Identifier")).isEqualTo(pkg.at("/grants/0/id").asText());
		assertThat(rows.get(0).get("Currency")).isEqualTo("USD");
	}

	/** The chair is a trustee too (a rule of user accounts). */
	private String chair() {
		String name = Fixtures.unique("chair");
		users.create(name, "Chair " + name, name + "@trustfund.example", "password123", EnumSet.of(Role.TRUSTEE, Role.BOARD_CHAIR), null);
		return name;
	}

	private MvcResult as(String username, String path) throws Exception {
		return mvc.perform(get(path).with(user(details.loadUserByUsername(username)))).andReturn();
	}

	record Page(String text, float firstLineX) {
	}

	private Page pdf(String path) throws Exception {
		MvcResult r = as(fm, path);
		assertThat(r.getResponse().getStatus()).isEqualTo(200);
		assertThat(r.getResponse().getContentType()).isEqualTo("application/pdf");
		java.nio.file.Files.write(java.nio.file.Path.of("target", path.replaceAll("[^a-z0-9]+", "-") + ".pdf"),
				r.getResponse().getContentAsByteArray());
		try (PDDocument doc = Loader.loadPDF(r.getResponse().getContentAsByteArray())) {
			List<Float> lineStarts = new ArrayList<>();
			PDFTextStripper stripper = new PDFTextStripper() {
				@Override
				protected void writeString(String text, List<TextPosition> positions) throws IOException {
					if (lineStarts.isEmpty() && !text.isBlank()) {
						lineStarts.add((float) positions.stream().mapToDouble(TextPosition::getXDirAdj).min().orElse(0));
					}
					super.writeString(text, positions);
				}
			};
			String text = stripper.getText(doc);
			return new Page(text, lineStarts.isEmpty() ? -1f : lineStarts.get(0));
		}
	}
}
