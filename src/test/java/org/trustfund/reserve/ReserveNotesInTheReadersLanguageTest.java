package org.trustfund.reserve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.Cookie;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.trustfund.IntegrationTest;
import org.trustfund.proposals.Fixtures;
import org.trustfund.shared.Readable;
import org.trustfund.users.Role;

/**
 * The notes the system writes into a reserve list's history (and into the proposals it leaves) are stored in
 * English with their key, and each reader sees them in their language; notes typed by a person and rows written
 * before notes had keys are shown as they were stored.
 */
@IntegrationTest
class ReserveNotesInTheReadersLanguageTest {

	private static final Locale ARABIC = Locale.forLanguageTag("ar");

	@Autowired MockMvc mvc;
	@Autowired Fixtures fixtures;
	@Autowired ReserveFixtures reserve;
	@Autowired ReserveListService lists;
	@Autowired ReserveOffering offering;
	@Autowired RuntimeService runtime;
	@Autowired JdbcTemplate jdbc;
	@Autowired ObjectMapper json;

	private ReserveFixtures.Setup setup;
	private long project;
	private String fundManager;

	@BeforeEach
	void listWithOneProject() {
		reserve.drain(); // with an empty fund the new list offers nothing
		setup = reserve.call();
		project = reserve.reserve(setup, 1, "30000", 3);
		fundManager = fixtures.user(Role.FUND_MANAGER);
	}

	@AfterEach
	void endProcess() {
		reserve.endProcesses(List.of(setup.callId()), runtime);
	}

	@Test
	void systemNotesOnTheListPageAndApiReadInArabicForAnArabicReader() throws Exception {
		LocalDate expiry = lists.list(setup.callId()).getExpiresOn();
		LocalDate later = expiry.plusMonths(2);
		lists.changeExpiry(setup.callId(), later, "Donor asked us to wait", fundManager);

		String stored = jdbc.queryForObject("select detail from reserve_event where proposal_id = ? and kind = 'ADDED'",
				String.class, project);
		assertThat(stored).isEqualTo("Rank 1, USD 30,000.00, from Board session 3");

		String arabic = page("ar");
		assertThat(arabic).contains("فُتحت بقرار جلسة المجلس \u20683\u2069، وهي سارية حتى " + Readable.date(expiry, ARABIC))
			.contains("المرتبة 1، 30,000.00 دولار أمريكي، من جلسة المجلس \u20683\u2069")
			.contains("من " + Readable.date(expiry, ARABIC) + " إلى " + Readable.date(later, ARABIC)
					+ ": \u2068Donor asked us to wait\u2069")
			.doesNotContain("Opened by Board session");
		String english = page("en");
		assertThat(english).contains("Opened by Board session 3, valid until " + Readable.date(expiry, Locale.ENGLISH))
			.contains("Rank 1, USD 30,000.00, from Board session 3")
			.contains("From " + Readable.date(expiry, Locale.ENGLISH) + " to " + Readable.date(later, Locale.ENGLISH)
					+ ": Donor asked us to wait");

		JsonNode api = json.readTree(mvc.perform(get("/api/reserve/" + setup.callId()).cookie(new Cookie("tf-lang", "ar"))
			.with(httpBasic(fundManager, Fixtures.PASSWORD))).andReturn().getResponse().getContentAsString());
		List<String> details = new ArrayList<>();
		api.get("history").forEach(h -> details.add(h.get("detail").asText()));
		assertThat(details).contains("المرتبة 1، 30,000.00 دولار أمريكي، من جلسة المجلس \u20683\u2069");
	}

	@Test
	void anExpiredListTellsTheListAndTheNgoInTheirLanguage() throws Exception {
		LocalDate expiry = lists.list(setup.callId()).getExpiresOn();
		offering.expire(setup.callId());

		String arabic = page("ar");
		String reason = "انتهت صلاحية قائمة الاحتياط لهذه الدعوة في " + Readable.date(expiry, ARABIC)
				+ " قبل ورود أموال كافية لهذا المشروع.";
		assertThat(arabic).contains(reason).contains("لم يُموَّل في هذه الدورة")
			.contains("انتهت الصلاحية؛ وأُبلغ 1 من المشاريع");
		assertThat(page("en")).contains("The reserve list of this call expired on " + Readable.date(expiry, Locale.ENGLISH))
			.contains("Not funded in this cycle").contains("Expired; 1 project(s) told");

		// The NGO reads the proposal's history, where the list's expiry is a shared step.
		fixtures.cheapPassword(setup.ngo().username());
		String ngoPage = mvc.perform(get("/proposals/" + project).cookie(new Cookie("tf-lang", "ar"))
			.with(httpBasic(setup.ngo().username(), Fixtures.PASSWORD))).andReturn().getResponse()
			.getContentAsString();
		assertThat(ngoPage).contains(reason).doesNotContain("The reserve list of this call expired");
	}

	@Test
	void rowsWithoutAKeyAndTypedReasonsShowAsStored() throws Exception {
		long listId = lists.list(setup.callId()).getId();
		jdbc.update("insert into reserve_event (list_id, proposal_id, kind, detail, actor, happened_at) "
				+ "values (?, null, 'LIST_CLOSED', ?, 'system', ?)", listId, "An older note, written before keys",
				Timestamp.from(Instant.now()));
		lists.withdraw(setup.callId(), project, "The NGO closed the shelter", fundManager);

		assertThat(page("ar")).contains("An older note, written before keys").contains("The NGO closed the shelter");
	}

	private String page(String lang) throws Exception {
		return mvc.perform(get("/reserve/" + setup.callId()).cookie(new Cookie("tf-lang", lang))
			.with(httpBasic(fundManager, Fixtures.PASSWORD))).andReturn().getResponse().getContentAsString();
	}
}
