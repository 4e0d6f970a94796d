package org.trustfund.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.Cookie;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.trustfund.IntegrationTest;
import org.trustfund.proposals.Fixtures;
import org.trustfund.users.Role;

/** The note the system writes when an NGO does not reply in time reads in the reader's language. */
@IntegrationTest
class OrganisationNotesInTheReadersLanguageTest {

	private static final String ARABIC = "لم يرد أي رد قبل الموعد النهائي؛ وأُعيد الملف إلى مدير الصندوق";
	private static final String ENGLISH = "No reply before the deadline; the case returned to the fund manager";

	@Autowired MockMvc mvc;
	@Autowired Fixtures fixtures;
	@Autowired OrganisationService organisations;
	@Autowired JdbcTemplate jdbc;
	@Autowired ObjectMapper json;

	@Test
	void aReplyOverdueReadsInArabicAndOlderNotesAsWritten() throws Exception {
		long id = fixtures.ngo("TH").organisationId();
		jdbc.update("update organisation set status = 'INFORMATION_REQUESTED' where id = ?", id);
		organisations.replyOverdue(id);
		jdbc.update("insert into organisation_event (organisation_id, at, actor, action, note) "
				+ "values (?, ?, 'system', 'REPLY_OVERDUE', 'An older note, written before keys')", id,
				Timestamp.from(Instant.now()));
		String fundManager = fixtures.user(Role.FUND_MANAGER);

		assertThat(organisations.history(id)).anySatisfy(e -> {
			assertThat(e.getNote()).isEqualTo(ENGLISH);
			assertThat(e.getNoteKey()).isEqualTo("note.organisation.replyOverdue");
		});
		String arabic = page(id, fundManager, "ar");
		assertThat(arabic).contains("— " + ARABIC).contains("— An older note, written before keys")
			.doesNotContain(ENGLISH);
		assertThat(page(id, fundManager, "en")).contains("— " + ENGLISH);

		JsonNode api = json.readTree(mvc.perform(get("/api/organisations/" + id).cookie(new Cookie("tf-lang", "ar"))
			.with(httpBasic(fundManager, Fixtures.PASSWORD))).andReturn().getResponse().getContentAsString());
		List<String> notes = new ArrayList<>();
		api.get("history").forEach(h -> notes.add(h.get("note").asText()));
		assertThat(notes).contains(ARABIC, "An older note, written before keys");
	}

	private String page(long id, String username, String lang) throws Exception {
		return mvc.perform(get("/organisations/" + id).cookie(new Cookie("tf-lang", lang))
			.with(httpBasic(username, Fixtures.PASSWORD))).andReturn().getResponse().getContentAsString();
	}
}
