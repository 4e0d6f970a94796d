package org.trustfund.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.trustfund.IntegrationTest;
import org.trustfund.board.session.SessionService;
import org.trustfund.grants.Disbursements;
import org.trustfund.ledger.FundLedger;
import org.trustfund.donors.Donor;
import org.trustfund.donors.DonorForm;
import org.trustfund.donors.DonorKind;
import org.trustfund.donors.DonorService;
import org.trustfund.shared.ConflictException;
import org.trustfund.shared.ValidationException;
import org.trustfund.users.Role;
import org.trustfund.users.UserService;

/**
 * The rules of the ledger, grants, pledges, board sessions and users say why they refuse in the reader's
 * language (issue 16 item 7): on a form, in the API's problem details, and wherever the exception is read in a
 * request, and so do the conflicts that carry a key; the exception's own message, for the logs, stays English.
 */
@IntegrationTest
class DomainErrorsInTheReadersLanguageTest {

	private static final Locale ARABIC = Locale.forLanguageTag("ar-u-nu-latn");

	@Autowired MockMvc mvc;
	@Autowired ObjectMapper json;
	@Autowired FundLedger ledger;
	@Autowired Disbursements disbursements;
	@Autowired SessionService sessions;
	@Autowired UserService users;

	static UserDetails fm;

	@BeforeEach
	void fundManager(@Autowired UserDetailsService details) {
		if (fm == null) {
			users.create("errors_fm", "FM", "errors_fm@example.org", "password123", Set.of(Role.FUND_MANAGER), null);
			fm = details.loadUserByUsername("errors_fm");
		}
	}

	@AfterEach
	void forgetTheLanguage() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void aRefusedPledgeSaysWhyInTheProblemDetailsInTheReadersLanguage() throws Exception {
		String pledge = "{\"donorId\":999999,\"amount\":0,\"currency\":\"DOLLARS\"}";
		JsonNode arabic = errors(pledge, "ar");
		assertThat(arabic.get("amount").asText()).isEqualTo("يجب أن يكون المبلغ أكبر من صفر");
		assertThat(arabic.get("donorId").asText()).isEqualTo("جهة مانحة غير معروفة: 999999");
		assertThat(arabic.get("currency").asText()).startsWith("أدخلوا رمز عملة من 3 أحرف");
		assertThat(arabic.get("expectedOn").asText()).isEqualTo("أدخلوا التاريخ المتوقع للدفع");

		JsonNode english = errors(pledge, "en");
		assertThat(english.get("amount").asText()).isEqualTo("The amount must be more than zero");
		assertThat(english.get("donorId").asText()).isEqualTo("Unknown donor 999999");
		assertThat(english.get("currency").asText())
			.isEqualTo("Give a 3-letter ISO 4217 currency code, such as USD or EUR");
	}

	@Test
	void anApiClientThatAsksForArabicInAcceptLanguageGetsArabicUnlessItChoseALanguage() throws Exception {
		String pledge = "{\"donorId\":999999,\"amount\":0,\"currency\":\"USD\"}";
		assertThat(acceptLanguage(pledge, "ar-EG,ar;q=0.9,en;q=0.5", null).get("amount").asText())
			.isEqualTo("يجب أن يكون المبلغ أكبر من صفر");
		assertThat(acceptLanguage(pledge, "fr-FR,en;q=0.8", null).get("amount").asText())
			.isEqualTo("The amount must be more than zero");
		assertThat(acceptLanguage(pledge, "not a language range ;;", null).get("amount").asText())
			.isEqualTo("The amount must be more than zero");
		// the cookie (a choice made on the site) wins over the browser's header
		assertThat(acceptLanguage(pledge, "ar", "en").get("amount").asText())
			.isEqualTo("The amount must be more than zero");
	}

	private JsonNode acceptLanguage(String body, String header, String cookie) throws Exception {
		var request = post("/api/pledges").with(user(fm)).with(csrf()).header("Accept-Language", header)
			.contentType(MediaType.APPLICATION_JSON).content(body);
		if (cookie != null) {
			request.cookie(new Cookie("tf-lang", cookie));
		}
		MockHttpServletResponse r = mvc.perform(request).andReturn().getResponse();
		assertThat(r.getStatus()).isEqualTo(400);
		return json.readTree(r.getContentAsString()).get("errors");
	}

	@Test
	void aRefusedPledgeFormSaysWhyInTheReadersLanguage() throws Exception {
		MockHttpServletResponse r = mvc.perform(post("/pledges").with(user(fm)).with(csrf()).param("lang", "ar")
			.param("donorId", "999999").param("amount", "12.345").param("currency", "USD")
			.param("expectedOn", LocalDate.now().plusMonths(1).toString())).andReturn().getResponse();
		assertThat(r.getStatus()).isEqualTo(400);
		String page = r.getContentAsString();
		assertThat(page).contains("جهة مانحة غير معروفة: 999999").contains("للمبلغ بعملة USD عدد 2 من المنازل العشرية على الأكثر")
			.doesNotContain("Unknown donor").doesNotContain("has at most 2 decimals");
	}

	@Test
	void theLedgerPageSaysWhyTheReserveWasRefusedInTheReadersLanguage() throws Exception {
		MockHttpServletResponse r = mvc.perform(post("/ledger/reserve").with(user(fm)).with(csrf()).param("lang", "ar")
			.param("amount", "").param("reason", "Board decision")).andReturn().getResponse();
		assertThat(r.getStatus()).isEqualTo(400);
		assertThat(r.getContentAsString()).contains("أدخلوا الاحتياطي الجديد").doesNotContain("Give the new reserve");
	}

	@Test
	void theLedgerGrantsBoardAndUsersSayWhyInTheReadersLanguage() {
		ValidationException reserve = catchThrowableOfType(ValidationException.class,
				() -> ledger.setOperatingReserve(null, "Board decision"));
		ValidationException refund = catchThrowableOfType(ValidationException.class, () -> disbursements.refund(1L,
				new BigDecimal("10.00"), LocalDate.now().plusYears(1), "RET-1", "errors_fm"));
		ValidationException session = catchThrowableOfType(ValidationException.class,
				() -> sessions.convene(1L, null, "errors_fm"));
		ValidationException username = catchThrowableOfType(ValidationException.class, () -> users.create("-No good-",
				"X", "x@example.org", "password123", Set.of(Role.FUND_MANAGER), null));

		LocaleContextHolder.setLocale(ARABIC);
		assertThat(reserve.fieldErrors()).containsEntry("amount", "أدخلوا الاحتياطي التشغيلي الجديد");
		assertThat(refund.fieldErrors()).containsEntry("receivedOn", "لا يمكن أن يكون تاريخ الاستلام في المستقبل");
		assertThat(session.fieldErrors()).containsEntry("kind", "اختاروا جلسة أو إجراءً كتابيًا");
		assertThat(username.fieldErrors().get("username")).startsWith("استخدموا من 2 إلى 40");

		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(reserve.fieldErrors()).containsEntry("amount", "Give the new operating reserve");
		assertThat(refund.fieldErrors()).containsEntry("receivedOn", "The date received cannot be in the future");
		assertThat(session.fieldErrors()).containsEntry("kind", "Choose a session or a written procedure");
		assertThat(username.getMessage()).startsWith("Use 2 to 40 lower-case letters");
	}

	@Test
	void aConflictSaysWhyInTheProblemDetailsInTheReadersLanguage(@Autowired DonorService donors) throws Exception {
		Donor donor = donors.create(new DonorForm("Errors Foundation " + UUID.randomUUID(), DonorKind.FOUNDATION, "",
				false, "", "", ""), "errors_fm");
		String reference = "ERR-" + UUID.randomUUID();
		String contribution = """
				{"donorId": %d, "receivedOn": "%s", "amount": 50, "currency": "USD", "creditedUsd": 50,
				 "bankReference": "%s"}""".formatted(donor.getId(), LocalDate.now(), reference);
		assertThat(contribute(contribution, "en").getStatus()).isEqualTo(201);

		MockHttpServletResponse arabic = contribute(contribution, "ar");
		assertThat(arabic.getStatus()).isEqualTo(409);
		assertThat(json.readTree(arabic.getContentAsString()).get("detail").asText())
			.isEqualTo("سبق تسجيل مساهمة بالمرجع المصرفي " + reference);
		MockHttpServletResponse english = contribute(contribution, "en");
		assertThat(json.readTree(english.getContentAsString()).get("detail").asText())
			.isEqualTo("A contribution with bank reference " + reference + " is already recorded");

		LocaleContextHolder.setLocale(ARABIC);
		assertThat(ConflictException.keyed("conflict.task.completed",
				"Task 42 was completed meanwhile; reload your task list", "42").inReadersLanguage())
			.isEqualTo("أُنجزت المهمة 42 في الأثناء؛ أعيدوا تحميل قائمة مهامكم");
		assertThat(new ConflictException("As written").inReadersLanguage()).isEqualTo("As written");
	}

	/** A conflict that names a state says the state's word in the reader's language, not the code. */
	@Test
	void aConflictNamesTheStateInTheReadersLanguage(@Autowired DonorService donors) throws Exception {
		Donor donor = donors.create(new DonorForm("Written Off Foundation " + UUID.randomUUID(), DonorKind.FOUNDATION, "",
				false, "", "", ""), "errors_fm");
		MockHttpServletResponse created = mvc.perform(post("/api/pledges").with(user(fm)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"donorId": %d, "amount": 100, "currency": "USD", "expectedOn": "%s"}"""
				.formatted(donor.getId(), LocalDate.now().plusMonths(1)))).andReturn().getResponse();
		assertThat(created.getStatus()).isEqualTo(201);
		long pledge = json.readTree(created.getContentAsString()).get("id").asLong();
		assertThat(writeOff(pledge, "en").getStatus()).isEqualTo(200);

		MockHttpServletResponse arabic = writeOff(pledge, "ar");
		assertThat(arabic.getStatus()).isEqualTo(409);
		assertThat(json.readTree(arabic.getContentAsString()).get("detail").asText())
			.isEqualTo("التعهد " + pledge + " في حالة «مشطوب» ولا يمكن شطبه");
		MockHttpServletResponse english = writeOff(pledge, "en");
		assertThat(english.getStatus()).isEqualTo(409);
		assertThat(json.readTree(english.getContentAsString()).get("detail").asText())
			.isEqualTo("Pledge " + pledge + " is Written off and cannot be written off");
	}

	/** A missing record's problem details read in the reader's language too. */
	@Test
	void notFoundSaysWhatIsMissingInTheReadersLanguage() throws Exception {
		MockHttpServletResponse arabic = mvc.perform(get("/api/pledges/987654321").with(user(fm))
			.cookie(new Cookie("tf-lang", "ar"))).andReturn().getResponse();
		assertThat(arabic.getStatus()).isEqualTo(404);
		assertThat(json.readTree(arabic.getContentAsString()).get("detail").asText())
			.isEqualTo("لا يوجد تعهد برقم 987654321");
	}

	private MockHttpServletResponse writeOff(long pledge, String lang) throws Exception {
		return mvc.perform(post("/api/pledges/" + pledge + "/write-off").with(user(fm)).with(csrf())
			.cookie(new Cookie("tf-lang", lang)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"The donor withdrew\"}")).andReturn().getResponse();
	}

	private MockHttpServletResponse contribute(String body, String lang) throws Exception {
		return mvc.perform(post("/api/contributions").with(user(fm)).with(csrf()).cookie(new Cookie("tf-lang", lang))
			.contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
	}

	private JsonNode errors(String body, String lang) throws Exception {
		MockHttpServletResponse r = mvc.perform(post("/api/pledges").with(user(fm)).with(csrf())
			.cookie(new Cookie("tf-lang", lang)).contentType(MediaType.APPLICATION_JSON).content(body))
			.andReturn().getResponse();
		assertThat(r.getStatus()).isEqualTo(400);
		assertThat(r.getContentType()).contains("problem+json");
		return json.readTree(r.getContentAsString()).get("errors");
	}
}
