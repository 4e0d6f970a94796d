package org.trustfund.users.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.trustfund.IntegrationTest;
import org.trustfund.TestData;
import org.trustfund.organisations.OnboardingProcess;
import org.trustfund.organisations.Organisation;
import org.trustfund.organisations.OrganisationService;
import org.trustfund.users.Role;
import org.trustfund.users.UserService;

/**
 * Times in the reader's zone (issue 16 item 7): a user who chose Africa/Nairobi on the profile page reads a task's
 * creation time in EAT, in English and Arabic; one who chose none reads it in UTC; an unknown zone is refused.
 */
@IntegrationTest
class ReaderTimeZoneTest {

	private static final ZoneId NAIROBI = ZoneId.of("Africa/Nairobi");

	@Autowired
	MockMvc mvc;
	@Autowired
	OrganisationService organisations;
	@Autowired
	UserService users;
	@Autowired
	TaskService tasks;

	private Organisation organisation;
	private Instant created;
	private String manager;

	@BeforeEach
	void organisationWaitingForVerification() throws Exception {
		String ngo = TestData.unique("tz_ngo");
		organisation = organisations.signUp(TestData.signUp(ngo, "Clock Tower " + ngo), TestData.pdf());
		Task verify = tasks.createTaskQuery().processDefinitionKey(OnboardingProcess.KEY)
			.processInstanceBusinessKey(organisation.getId().toString()).singleResult();
		created = verify.getCreateTime().toInstant();
	}

	@Test
	void aUserWhoChoseNairobiReadsTheTaskListInEatInBothLanguages() throws Exception {
		MockHttpSession session = manager();
		mvc.perform(post("/profile/time-zone").session(session).with(csrf()).param("timeZone", "Africa/Nairobi"))
			.andExpect(redirectedUrl("/profile"));
		assertThat(users.timeZoneOf(manager)).contains(NAIROBI);

		assertThat(taskList(session, "en")).contains(written(Locale.ENGLISH, ", ", NAIROBI) + " EAT")
			.doesNotContain(written(Locale.ENGLISH, ", ", ZoneId.of("UTC")) + " UTC");
		assertThat(taskList(session, "ar")).contains(written(Locale.forLanguageTag("ar-u-nu-latn"), "، ", NAIROBI) + " EAT");

		String profile = mvc.perform(get("/profile").session(session)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(profile).contains("<option value=\"Africa/Nairobi\" selected=\"selected\">Africa/Nairobi</option>")
			.contains("<optgroup label=\"Africa\">");
	}

	@Test
	void aUserWhoChoseNoZoneReadsUtcInBothLanguages() throws Exception {
		MockHttpSession session = manager();
		assertThat(taskList(session, "en")).contains(written(Locale.ENGLISH, ", ", ZoneId.of("UTC")) + " UTC")
			.doesNotContain(" EAT<");
		assertThat(taskList(session, "ar"))
			.contains(written(Locale.forLanguageTag("ar-u-nu-latn"), "، ", ZoneId.of("UTC")) + " UTC");
	}

	@Test
	void theProfileFormRefusesAnUnknownZoneInTheReadersLanguage() throws Exception {
		MockHttpSession session = manager();
		String english = mvc.perform(post("/profile/time-zone").session(session).with(csrf())
				.param("timeZone", "Mars/Olympus_Mons")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(english).contains("Choose one of the offered time zones.").contains("id=\"timeZone-error\"");
		String arabic = mvc.perform(post("/profile/time-zone").session(session).with(csrf()).param("lang", "ar")
				.param("timeZone", "Mars/Olympus_Mons")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(arabic).contains("اختر إحدى المناطق الزمنية المعروضة.");
		assertThat(users.timeZoneOf(manager)).isEmpty();
	}

	@Test
	void theApiSetsAndRefusesZonesToo() throws Exception {
		MockHttpSession session = manager();
		mvc.perform(put("/api/me/time-zone").session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"timeZone\":\"Nowhere/Special\"}"))
			.andExpect(status().isBadRequest());
		mvc.perform(put("/api/me/time-zone").session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"timeZone\":\"Africa/Nairobi\"}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.timeZone").value("Africa/Nairobi"));
		mvc.perform(put("/api/me/time-zone").session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"timeZone\":null}"))
			.andExpect(status().isBadRequest());
		mvc.perform(put("/api/me/time-zone").session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"timeZone\":\"UTC\"}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.timeZone").value("UTC"));
	}

	private MockHttpSession manager() throws Exception {
		manager = TestData.unique("tz_fm");
		TestData.staff(users, manager, Role.FUND_MANAGER);
		return TestData.login(mvc, manager);
	}

	private String taskList(MockHttpSession session, String language) throws Exception {
		// narrowed to this organisation: the shared test database holds other tests' tasks
		return mvc.perform(get("/tasks").param("q", organisation.getName()).param("lang", language).session(session))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	/** The task's creation time as a reader of that language and zone reads it, before the zone's name. */
	private String written(Locale locale, String comma, ZoneId zone) {
		return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).withZone(zone).format(created) + comma
				+ DateTimeFormatter.ofPattern("HH:mm").withZone(zone).format(created);
	}
}
