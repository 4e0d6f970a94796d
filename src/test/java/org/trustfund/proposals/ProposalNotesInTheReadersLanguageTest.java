package org.trustfund.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.trustfund.IntegrationTest;
import org.trustfund.shared.Note;
import org.trustfund.shared.Readable;
import org.trustfund.users.Role;

/**
 * A note the system writes into a proposal's history, and the reason it gives a proposal it closes, read in the
 * reader's language on the page and through the API; notes without a key read as they were stored.
 */
@IntegrationTest
class ProposalNotesInTheReadersLanguageTest {

	private static final Locale ARABIC = Locale.forLanguageTag("ar");
	private static final LocalDate EXPIRED_ON = LocalDate.of(2027, 3, 31);

	@Autowired MockMvc mvc;
	@Autowired Fixtures fixtures;
	@Autowired ProposalService proposals;
	@Autowired ProposalHistory history;
	@Autowired BoardOutcomes outcomes;
	@Autowired JdbcTemplate jdbc;
	@Autowired ObjectMapper json;

	private Fixtures.Ngo ngo;
	private long proposalId;
	private String fundManager;

	@BeforeEach
	void closedProposal() {
		ngo = fixtures.verifiedNgo("TH");
		fixtures.cheapPassword(ngo.username());
		fundManager = fixtures.user(Role.FUND_MANAGER);
		Proposal p = proposals.draft(fixtures.openCall().getId(), ngo.organisationId(),
				Fixtures.proposalForm("TH", "50000.00"), ngo.username());
		proposalId = p.getId();
		jdbc.update("update proposal set status = 'RESERVE_LIST' where id = ?", proposalId);
		outcomes.reserveListExpired(proposalId, Note.of("note.reserve.expiredReason", EXPIRED_ON), "system");
		history.internalNote(proposals.get(proposalId), "system", "RECOMMENDED",
				Note.of("note.proposal.recommended.withinBudget", Note.word("recommendation.FUND"),
						new BigDecimal("40000.00"), new BigDecimal("150000")));
		jdbc.update("insert into proposal_event (proposal_id, at, actor, action, note, shared_with_ngo) "
				+ "values (?, ?, 'system', 'CLARIFICATION_OVERDUE', 'An older note, written before keys', true)",
				proposalId, Timestamp.from(Instant.now()));
	}

	@Test
	void theNgoReadsTheSystemsReasonAndNoteInArabicAndOlderNotesAsWritten() throws Exception {
		String arabicReason = "انتهت صلاحية قائمة الاحتياط لهذه الدعوة في " + Readable.date(EXPIRED_ON, ARABIC)
				+ " قبل ورود أموال كافية لهذا المشروع. لن يُموَّل المشروع في هذه الدورة.";
		String englishReason = "The reserve list of this call expired on 31 March 2027 before enough money arrived "
				+ "for this project. It will not be funded in this cycle.";
		assertThat(proposals.get(proposalId).getDecisionReason()).isEqualTo(englishReason);

		String arabic = page(ngo.username(), "ar");
		assertThat(arabic).contains("— " + arabicReason).contains("<dd class=\"message-body\">" + arabicReason)
			.contains("An older note, written before keys").doesNotContain(englishReason)
			.doesNotContain("ضمن الميزانية"); // an internal note stays with the staff
		assertThat(page(ngo.username(), "en")).contains("— " + englishReason);

		JsonNode api = json.readTree(mvc.perform(get("/api/proposals/" + proposalId).cookie(new Cookie("tf-lang", "ar"))
			.with(httpBasic(ngo.username(), Fixtures.PASSWORD))).andReturn().getResponse().getContentAsString());
		assertThat(api.get("decisionReason").asText()).isEqualTo(arabicReason);
		assertThat(notes(api)).contains(arabicReason, "An older note, written before keys");
	}

	@Test
	void staffReadTheRecommendationWithItsWordAndAmountsInArabic() throws Exception {
		String expected = "تمويل: ضمن الميزانية: التزام بمبلغ 40,000.00 دولار أمريكي من أصل 150,000.00 دولار أمريكي";
		assertThat(page(fundManager, "ar")).contains("— " + expected);
		assertThat(page(fundManager, "en")).contains("— Fund: Within the budget: USD 40,000.00 of USD 150,000.00 committed");
		JsonNode api = json.readTree(mvc.perform(get("/api/proposals/" + proposalId).cookie(new Cookie("tf-lang", "ar"))
			.with(httpBasic(fundManager, Fixtures.PASSWORD))).andReturn().getResponse().getContentAsString());
		assertThat(notes(api)).contains(expected);
	}

	@Test
	void theBoardsDeclineReadsInArabicWithTheRecommendationsNoteAsData() throws Exception {
		Proposal p = proposals.draft(fixtures.openCall().getId(), ngo.organisationId(),
				Fixtures.proposalForm("TH", "50000.00"), ngo.username());
		jdbc.update("update proposal set status = 'REVIEWED' where id = ?", p.getId());
		outcomes.decline(p.getId(), Note.of("note.proposal.declinedByBoard.why", "Below the quality threshold of 60"),
				"board");

		assertThat(proposals.get(p.getId()).getDecisionReason())
			.isEqualTo("The Board of Trustees did not approve the project. Below the quality threshold of 60");
		String arabic = mvc.perform(get("/proposals/" + p.getId()).cookie(new Cookie("tf-lang", "ar"))
			.with(httpBasic(ngo.username(), Fixtures.PASSWORD))).andReturn().getResponse().getContentAsString();
		assertThat(arabic).contains("— لم يوافق مجلس الأمناء على المشروع. \u2068Below the quality threshold of 60\u2069")
			.doesNotContain("The Board of Trustees did not approve");
	}

	private static List<String> notes(JsonNode proposal) {
		List<String> notes = new ArrayList<>();
		proposal.get("history").forEach(h -> notes.add(h.get("note").asText()));
		return notes;
	}

	private String page(String username, String lang) throws Exception {
		return mvc.perform(get("/proposals/" + proposalId).cookie(new Cookie("tf-lang", lang))
			.with(httpBasic(username, Fixtures.PASSWORD))).andReturn().getResponse().getContentAsString();
	}
}
