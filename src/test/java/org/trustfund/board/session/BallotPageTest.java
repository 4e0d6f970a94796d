package org.trustfund.board.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.trustfund.IntegrationTest;
import org.trustfund.proposals.Fixtures;
import org.trustfund.proposals.Recommendation;

/**
 * A trustee's ballot (issue 16 item 5): each project with the recommendation in words, "score n / max" and the
 * amount with thousands separators; a project the trustee is recused from is listed as recused, with its reason
 * and no choice to make; the "Approve all as recommended" button knows each project's recommended choice.
 */
@IntegrationTest
class BallotPageTest {

	@Autowired MockMvc mvc;
	@Autowired SessionFixtures fx;
	@Autowired SessionService sessions;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	private String ballot(String trustee, long session, String lang) throws Exception {
		String page = mvc.perform(get("/board/sessions/" + session).with(httpBasic(trustee, Fixtures.PASSWORD)))
			.andReturn().getResponse().getContentAsString();
		Matcher vote = Pattern.compile("id=\"vote\" class=\"button\" href=\"(/tasks/[^\"]+)\"").matcher(page);
		assertThat(vote.find()).as("the trustee's ballot is open").isTrue();
		return mvc.perform(get(vote.group(1)).param("lang", lang).with(httpBasic(trustee, Fixtures.PASSWORD)))
			.andReturn().getResponse().getContentAsString();
	}

	@Test
	void theBallotShowsTheRecommendationAndTheRecusedProject() throws Exception {
		SessionFixtures.Board board = fx.board("AT", "TH");
		long call = fx.readyCall();
		long org = fx.ngo().organisationId();
		long abroad = fx.proposal(call, org, "KE", "1234567.00", 1, Recommendation.FUND);
		long home = fx.proposal(call, org, "TH", "2000.00", 2, Recommendation.REJECT);
		long session = sessions.convene(call, SessionKind.MEETING, "fundmanager").getId();

		String page = ballot(board.trustee(1), session, "en");
		assertThat(page).contains("USD 1,234,567.00").contains("fund the project").contains("score 80 / 15")
			.contains("id=\"approve-all\"");
		assertThat(page).contains("id=\"choice_" + abroad + "_APPROVE\"")
			.containsPattern("id=\"choice_" + abroad + "_APPROVE\"[^>]*data-recommended=\"APPROVE\"");
		String recused = page.substring(page.indexOf("id=\"item-" + home + "\""));
		recused = recused.substring(0, recused.indexOf("</fieldset>"));
		assertThat(page).containsPattern("<fieldset[^>]*id=\"item-" + home + "\"[^>]*class=\"recused\"");
		assertThat(recused).contains("Recused").contains("own country").contains("reject it")
			.doesNotContain("type=\"radio\"");

		String arabic = ballot(board.trustee(1), session, "ar");
		assertThat(arabic).contains("الموافقة على الكل وفق التوصية").contains("تمويل المشروع").contains("الدرجة 80 / 15");
	}
}
