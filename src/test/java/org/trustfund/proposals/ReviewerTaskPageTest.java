package org.trustfund.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.trustfund.IntegrationTest;
import org.trustfund.users.Role;

/**
 * What a reviewer judges (issue 16 item 5), on the score task's page in both languages: the budget lines, the
 * documents, the eligibility result, the text, each criterion's descriptors and the total; a refused score sheet
 * lists its errors at the top in the reader's language.
 */
@IntegrationTest
class ReviewerTaskPageTest {

	@Autowired MockMvc mvc;
	@Autowired Fixtures fixtures;
	@Autowired ReviewSteps steps;

	@Test
	void theScoreTaskShowsWhatIsJudgedInBothLanguages() throws Exception {
		Fixtures.Ngo ngo = fixtures.verifiedNgo("TH");
		String fm = fixtures.user(Role.FUND_MANAGER);
		fixtures.user(Role.REVIEWER);
		fixtures.user(Role.REVIEWER);
		Proposal p = fixtures.submitted(fixtures.openCall().getId(), ngo);
		String pid = fixtures.reviewOf(p.getId()).getId();
		steps.screen(pid, fm, "accept", "");
		Task declaration = steps.open(pid, ReviewProcess.DECLARE_CONFLICT_TASK).get(0);
		String reviewer = declaration.getAssignee();
		steps.declare(declaration, false, "");
		Task score = steps.open(pid, ReviewProcess.SCORE_TASK).stream()
			.filter(t -> reviewer.equals(t.getAssignee())).findFirst().orElseThrow();

		String en = mvc.perform(get("/tasks/" + score.getId()).param("lang", "en").with(user(steps.user(reviewer))))
			.andReturn().getResponse().getContentAsString();
		assertThat(en).contains("id=\"summary-budget\"").contains("Two social workers").contains("25,000.00")
			.contains("workplan.pdf").contains("Eligible: the country, target groups and services meet")
			.contains("We run a shelter.").contains("0: the project does not address the fund")
			.contains("5: every cost is necessary").contains("0 / 15");

		String ar = mvc.perform(get("/tasks/" + score.getId()).param("lang", "ar").with(user(steps.user(reviewer))))
			.andReturn().getResponse().getContentAsString();
		assertThat(ar).contains("0: التكاليف ناقصة").contains("مؤهل: البلد والفئات المستهدفة");

		String refused = mvc.perform(post("/tasks/" + score.getId() + "/complete").param("lang", "ar")
			.with(user(steps.user(reviewer))).with(csrf()).param("score0", "4"))
			.andReturn().getResponse().getContentAsString();
		String summary = refused.substring(refused.indexOf("id=\"error-summary\""));
		assertThat(summary).contains("href=\"#score1\"").contains("href=\"#score2\"")
			.contains("أعطِ درجة من 0 إلى 5 للمعيار «Capacity»");
		assertThat(summary.indexOf("#score1")).isLessThan(summary.indexOf("#score2"));
	}
}
