package org.trustfund.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.trustfund.IntegrationTest;
import org.trustfund.proposals.Fixtures;
import org.trustfund.proposals.ReviewSteps;
import org.trustfund.users.Role;

/**
 * The forms' one error summary (issue 16 item 4, fragments/forms.html) on a form bound to a BindingResult (the
 * call form) and on a form of field errors (the Board's convening form): at the top, every error listed once, in
 * the order of the fields, each naming its field and linking to it; the same in Arabic.
 */
@IntegrationTest
class ErrorSummaryTest {

	@Autowired MockMvc mvc;
	@Autowired Fixtures fixtures;
	@Autowired ReviewSteps steps;

	private static String summary(String page) {
		int start = page.indexOf("id=\"error-summary\"");
		assertThat(start).as("an error summary").isPositive();
		assertThat(page.indexOf("id=\"error-summary\"", start + 1)).as("only one summary").isNegative();
		return page.substring(start, page.indexOf("</div>", start));
	}

	@Test
	void theCallFormListsEveryErrorInTheOrderOfTheFieldsWithLinks() throws Exception {
		String fm = fixtures.user(Role.FUND_MANAGER);
		for (String lang : List.of("en", "ar")) {
			String page = mvc.perform(post("/calls/new").param("lang", lang).with(user(steps.user(fm))).with(csrf())
				.param("title", "Shelters").param("description", "d").param("openingDate", "2099-01-01")
				.param("submissionDeadline", "2099-03-01T10:00").param("timeZone", "UTC")
				.param("eligibleCountries", "TH").param("priorityTargetGroups", "WOMEN").param("services", "EDUCATION")
				.param("ceilingPerGrant", "lots").param("maxDurationMonths", "x").param("envelope", "many")
				.param("criteria", "Relevance").param("qualityThresholdPercent", "60").param("reserveListExpiry", "2099-06-01"))
				.andReturn().getResponse().getContentAsString();
			String summary = summary(page);
			int ceiling = summary.indexOf("href=\"#ceilingPerGrant\"");
			int duration = summary.indexOf("href=\"#maxDurationMonths\"");
			int envelope = summary.indexOf("href=\"#envelope\"");
			assertThat(ceiling).as(lang).isPositive().isLessThan(duration);
			assertThat(duration).as(lang).isLessThan(envelope);
			assertThat(summary.split("<li>", -1)).as(lang + ": one line per field").hasSize(4);
			if (lang.equals("en")) {
				assertThat(summary).contains("There are 3 problems").contains("Not a valid value: lots");
			}
			else {
				assertThat(summary).contains("توجد 3 مشكلات").doesNotContain("There are");
			}
		}
	}

	@Test
	void aFormOfFieldErrorsListsThemWithLinks() throws Exception {
		String fm = fixtures.user(Role.FUND_MANAGER);
		String page = mvc.perform(post("/board/sessions").with(user(steps.user(fm))).with(csrf()).param("callId", ""))
			.andReturn().getResponse().getContentAsString();
		String summary = summary(page);
		assertThat(summary).contains("href=\"#callId\"");
	}

	@Test
	void aRefusedSignUpSaysTheDocumentMustBeChosenAgain() throws Exception {
		String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/signup")
			.param("name", "").param("country", "TH").param("username", "").param("password", "short").with(csrf()))
			.andReturn().getResponse().getContentAsString();
		assertThat(summary(page)).contains("href=\"#");
		assertThat(page).contains("Files are not kept when a form is refused: choose the file again");
	}
}
