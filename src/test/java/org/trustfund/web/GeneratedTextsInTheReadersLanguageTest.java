package org.trustfund.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.trustfund.IntegrationTest;
import org.trustfund.donors.Donor;
import org.trustfund.donors.DonorForm;
import org.trustfund.donors.DonorKind;
import org.trustfund.donors.DonorService;
import org.trustfund.donors.Pledge;
import org.trustfund.donors.PledgeFollowUpProcess;
import org.trustfund.donors.PledgeForm;
import org.trustfund.donors.PledgeService;
import org.trustfund.grants.GrantFixtures;
import org.trustfund.organisations.SignUp;
import org.trustfund.proposals.Fixtures;
import org.trustfund.proposals.Proposal;
import org.trustfund.proposals.ReviewSteps;
import org.trustfund.security.AppUser;
import org.trustfund.tasks.TaskSubjects;
import org.trustfund.users.Role;

/**
 * Texts the application writes itself read in the reader's language (issue 16): recommendation reasons, the
 * agreement the NGO accepts, task subjects, the process page's current step and Bean Validation messages, with
 * dates written for people and amounts with thousands separators; the English stays readable.
 */
@IntegrationTest
class GeneratedTextsInTheReadersLanguageTest {

	private static final Locale ARABIC = Locale.forLanguageTag("ar");
	/** A date as ISO writes it, which no page may show. */
	private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	@Autowired MockMvc mvc;
	@Autowired ObjectMapper json;
	@Autowired JdbcTemplate jdbc;
	@Autowired Fixtures fixtures;
	@Autowired GrantFixtures grants;
	@Autowired ReviewSteps steps;

	private String page(String url, AppUser who, String lang) throws Exception {
		MockHttpServletResponse r = mvc.perform(get(url).with(user(who)).cookie(new Cookie("tf-lang", lang)))
			.andReturn().getResponse();
		assertThat(r.getStatus()).as(url).isEqualTo(200);
		return r.getContentAsString();
	}

	private static String between(String page, String start, String end) {
		int from = page.indexOf(start);
		assertThat(from).as("page has %s", start).isNotNegative();
		return page.substring(from, page.indexOf(end, from));
	}

	@Test
	void aGeneratedRecommendationReasonReadsInTheReadersLanguageWithGroupedAmounts() throws Exception {
		Proposal p = fixtures.submitted(fixtures.openCall().getId(), fixtures.verifiedNgo("TH"));
		jdbc.update("update proposal set status = 'REVIEWED', final_score = 15, rank_position = 1, "
				+ "recommendation = 'FUND', recommendation_note = 'Within the budget: USD 45,000.00 of USD 90,000.00 committed', "
				+ "recommendation_key = 'ranking.reason.withinBudget', "
				+ "recommendation_args = '[\"usd:45000.00\",\"usd:90000.00\"]' where id = ?", p.getId());
		AppUser fm = steps.user(fixtures.user(Role.FUND_MANAGER));

		String arabic = page("/proposals/" + p.getId(), fm, "ar");
		assertThat(arabic).contains("ضمن الميزانية: التزام بمبلغ 45,000.00 دولار أمريكي من أصل 90,000.00 دولار أمريكي")
			.doesNotContain("Within the budget").doesNotContain("45000.00");
		String english = page("/proposals/" + p.getId(), fm, "en");
		assertThat(english).contains("Within the budget: USD 45,000.00 of USD 90,000.00 committed");

		String ranked = page("/calls/" + p.getCallId() + "/recommendation", fm, "ar");
		assertThat(ranked).contains("ضمن الميزانية").doesNotContain("Within the budget");

		MockHttpServletResponse api = mvc.perform(get("/api/proposals/" + p.getId()).with(user(fm))
			.header("Accept-Language", "ar")).andReturn().getResponse();
		assertThat(api.getStatus()).isEqualTo(200);
		assertThat(json.readTree(api.getContentAsString()).get("recommendationNote").asText())
			.startsWith("ضمن الميزانية").contains("45,000.00");
	}

	@Test
	void rankingStoresTheReasonAsAKeyWithTheEnglishTextAsTheRecord(
			@Autowired org.trustfund.proposals.RecommendationService recommendations) {
		long callId = fixtures.openCall().getId();
		Proposal p = fixtures.submitted(callId, fixtures.verifiedNgo("TH"));
		jdbc.update("update proposal set status = 'REVIEWED', final_score = 1 where id = ?", p.getId());
		jdbc.update("update call_for_proposals set status = 'CLOSED' where id = ?", callId);
		recommendations.rank(callId);
		var stored = jdbc.queryForMap("select recommendation, recommendation_note, recommendation_key, "
				+ "recommendation_args from proposal where id = ?", p.getId());
		assertThat(stored.get("RECOMMENDATION")).isEqualTo("REJECT");
		assertThat(stored.get("RECOMMENDATION_KEY")).isEqualTo("ranking.reason.belowThreshold");
		assertThat((String) stored.get("RECOMMENDATION_NOTE")).startsWith("Below the quality threshold of ");
		assertThat((String) stored.get("RECOMMENDATION_ARGS")).startsWith("[\"text:");
	}

	@Test
	void aReasonTheFundManagerTypedStaysAsTyped() throws Exception {
		Proposal p = fixtures.submitted(fixtures.openCall().getId(), fixtures.verifiedNgo("TH"));
		jdbc.update("update proposal set status = 'REVIEWED', final_score = 15, rank_position = 1, "
				+ "recommendation = 'RESERVE', recommendation_note = 'Overlaps with project 12', "
				+ "recommendation_adjusted = true where id = ?", p.getId());
		String arabic = page("/proposals/" + p.getId(), steps.user(fixtures.user(Role.FUND_MANAGER)), "ar");
		assertThat(arabic).contains("Overlaps with project 12");
	}

	@Test
	void theAgreementToAcceptIsWrittenInTheReadersLanguageAndNamesTheAuthoritativeRecord() throws Exception {
		GrantFixtures.Awarded a = grants.award("45000.00", 12);
		Task accept = grants.task(a.instanceId(), "acceptAgreement");
		AppUser ngo = grants.ngoUser(a);

		String arabic = page("/tasks/" + accept.getId(), ngo, "ar");
		String schedule = between(arabic, "<ul class=\"schedule\">", "</ul>");
		assertThat(schedule).contains("الدفعة 1:").contains("45,000.00").contains("التقرير النهائي مستحق في")
			.doesNotContain("Tranche").doesNotContain("from").doesNotContain("due").doesNotContain("45000");
		assertThat(ISO_DATE.matcher(schedule).find()).as("an ISO date in %s", schedule).isFalse();
		assertThat(between(arabic, "<p class=\"conditions\">", "</p>")).contains("تُنفق المنحة")
			.doesNotContain("The grant is spent");
		assertThat(arabic).contains("يكون السجل الإنجليزي هو المعتمد").contains("الاتفاقية كما سُجّلت (بالإنجليزية)");

		String english = page("/tasks/" + accept.getId(), ngo, "en");
		// headings go down one level at a time (axe heading-order): the agreement is a section under the task's h1
		int level = 0;
		for (org.jsoup.nodes.Element h : org.jsoup.Jsoup.parse(english).select("main h1, main h2, main h3, main h4, main h5, main h6")) {
			int next = h.tagName().charAt(1) - '0';
			assertThat(next).as("heading %s after an h%d", h.outerHtml(), level).isLessThanOrEqualTo(level + 1);
			level = next;
		}
		assertThat(org.jsoup.Jsoup.parse(english).select("main h2").eachText()).contains("Grant agreement, version 1");
		String englishSchedule = between(english, "<ul class=\"schedule\">", "</ul>");
		assertThat(englishSchedule).containsPattern("Tranche 1: USD [0-9]{1,3}(,[0-9]{3})*\\.[0-9]{2} from [0-9]{1,2} [A-Z][a-z]+ [0-9]{4}")
			.containsPattern("Final report due [0-9]{1,2} [A-Z][a-z]+ [0-9]{4}");
		assertThat(ISO_DATE.matcher(englishSchedule).find()).isFalse();
		assertThat(english).doesNotContain("English record is authoritative");
	}

	@Test
	void aMemberStatesPledgeFollowUpNamesTheCountryInTheReadersLanguage(@Autowired DonorService donors,
			@Autowired PledgeService pledges, @Autowired List<TaskSubjects> subjects) {
		Donor thailand = donors.create(new DonorForm("Thailand " + UUID.randomUUID(), DonorKind.MEMBER_STATE, "TH",
				false, "", "", ""), "words_fm");
		Pledge pledge = pledges.create(new PledgeForm(thailand.getId(), new BigDecimal("10000.00"), "USD",
				LocalDate.now().plusMonths(1), null), "words_fm");
		TaskSubjects.Subject subject = subjects.stream()
			.filter(s -> s.processKey().equals(PledgeFollowUpProcess.KEY)).findFirst().orElseThrow()
			.describe(pledge.getId().toString());

		assertThat(subject.label(ARABIC)).isEqualTo("تايلاند · USD 10,000.00");
		assertThat(subject.label(Locale.ENGLISH)).isEqualTo("Thailand · USD 10,000.00");
		assertThat(subject.searchable()).contains("Thailand").contains("تايلاند");
		assertThat(subject.stored()).isEqualTo("{{country:TH}} · USD 10,000.00");
	}

	@Test
	void theProcessPageNamesTheCurrentStepInTheReadersLanguage() throws Exception {
		Proposal p = fixtures.submitted(fixtures.openCall().getId(), fixtures.verifiedNgo("TH"));
		AppUser fm = steps.user(fixtures.user(Role.FUND_MANAGER));

		String arabic = page("/proposals/" + p.getId() + "/process", fm, "ar");
		Matcher step = Pattern.compile("<span id=\"current-steps\">(.*?)</span></p>", Pattern.DOTALL).matcher(arabic);
		assertThat(step.find()).isTrue();
		String shown = step.group(1).replaceAll("<[^>]+>", "").strip();
		assertThat(shown).isNotEmpty().doesNotContainPattern("[A-Za-z]");
		assertThat(arabic).contains("يحتفظ الرسم أدناه بتسميات نموذج العملية");

		String english = page("/proposals/" + p.getId() + "/process", fm, "en");
		assertThat(english).containsPattern("<span id=\"current-steps\">[A-Z][a-z]+ [a-z]")
			.doesNotContain("keeps the process model");
	}

	@Test
	void validationMessagesReadInTheReadersLanguageOnTheApi() throws Exception {
		SignUp invalid = new SignUp("", "Kenya", "REG-1", null, "Ann", "not-an-address", null, "Ann", "Bank",
				"12/34", "ABC", "Bad Name", "short");
		JsonNode arabic = signUpErrors(invalid, "ar");
		assertThat(arabic.get("country").asText()).isEqualTo("اختاروا بلدًا");
		assertThat(arabic.get("name").asText()).isEqualTo("املؤوا هذا الحقل");
		assertThat(arabic.get("bankSwift").asText()).contains("من 8 أو 11 حرفًا");
		assertThat(arabic.get("password").asText()).isEqualTo("8 أحرف على الأقل");
		arabic.forEach(message -> assertThat(message.asText()).as("Arabic message")
			.doesNotContainPattern("\\b(must|Choose|Give|least)\\b"));

		JsonNode english = signUpErrors(invalid, "en");
		assertThat(english.get("country").asText()).isEqualTo("Choose a country");
		assertThat(english.get("name").asText()).isEqualTo("Fill this in");
		assertThat(english.get("password").asText()).isEqualTo("At least 8 characters");
	}

	private JsonNode signUpErrors(SignUp form, String lang) throws Exception {
		MockMultipartFile organisation = new MockMultipartFile("organisation", "", MediaType.APPLICATION_JSON_VALUE,
				json.writeValueAsBytes(form));
		MockMultipartFile document = new MockMultipartFile("document", "registration.pdf", "application/pdf",
				"%PDF-1.4\n%%EOF\n".getBytes());
		MockHttpServletResponse r = mvc.perform(multipart("/api/signup").file(organisation).file(document)
			.header("Accept-Language", lang)).andReturn().getResponse();
		assertThat(r.getStatus()).isEqualTo(400);
		return json.readTree(r.getContentAsString()).get("errors");
	}
}
