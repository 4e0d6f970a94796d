package org.trustfund.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.trustfund.organisations.OnboardingProcess;
import org.trustfund.IntegrationTest;
import org.trustfund.TestData;
import org.trustfund.organisations.Organisation;
import org.trustfund.organisations.OrganisationService;
import org.trustfund.organisations.OrganisationStatus;
import org.trustfund.users.Role;
import org.trustfund.users.UserService;

/** "My tasks" pages, as a browser uses them: logged in through the form, posting with CSRF tokens. */
@IntegrationTest
class TaskPagesTest {

	// As people read them (issue 16: never a raw ISO timestamp on a page); the <time> element keeps the ISO value.
	private static final DateTimeFormatter MINUTES = DateTimeFormatter
		.ofPattern("d MMMM yyyy, HH:mm", java.util.Locale.ENGLISH).withZone(ZoneOffset.UTC);
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	@Autowired
	MockMvc mvc;
	@Autowired
	OrganisationService organisations;
	@Autowired
	UserService users;
	@Autowired
	TaskService tasks;

	private String manager;
	private String ngo;
	private Organisation organisation;
	private MockHttpSession managerSession;

	@BeforeEach
	void organisationWaitingForVerification() throws Exception {
		manager = TestData.unique("page_fm");
		TestData.staff(users, manager, Role.FUND_MANAGER);
		ngo = TestData.unique("page_ngo");
		organisation = organisations.signUp(TestData.signUp(ngo, "Lantern House " + ngo), TestData.pdf());
		managerSession = TestData.login(mvc, manager);
	}

	@Test
	void listShowsSubjectCreatedAndDue() throws Exception {
		Task verify = openTask();
		// narrowed to this organisation: the shared test database holds other tests' tasks
		mvc.perform(get("/tasks").param("q", organisation.getName()).session(managerSession)).andExpect(status().isOk())
			.andExpect(content().string(containsString("<a href=\"/tasks/" + verify.getId() + "\">Verify organisation</a>")))
			.andExpect(content().string(containsString(
					"<a href=\"/organisations/" + organisation.getId() + "\">" + organisation.getName() + "</a>")))
			.andExpect(content().string(containsString(format(MINUTES, verify.getCreateTime()))));

		completeOnPage(managerSession, verify.getId(), "decision", "requestInformation", "note", "Annual report?");
		Task reply = openTask();
		MockHttpSession ngoSession = TestData.login(mvc, ngo);
		mvc.perform(get("/tasks").session(ngoSession)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Provide more information")))
			.andExpect(content().string(containsString(organisation.getName())))
			.andExpect(content().string(containsString(format(MINUTES, reply.getCreateTime()))))
			.andExpect(content().string(containsString(">" + format(DAY, reply.getDueDate()) + "</time>")));
	}

	@Test
	void claimAndUnclaimOnThePages() throws Exception {
		String id = openTask().getId();
		mvc.perform(get("/tasks/" + id).session(managerSession)).andExpect(status().isOk())
			.andExpect(content().string(containsString("/tasks/" + id + "/claim")));

		mvc.perform(post("/tasks/" + id + "/claim").session(managerSession).with(csrf()))
			.andExpect(redirectedUrl("/tasks/" + id));
		assertThat(openTask().getAssignee()).isEqualTo(manager);
		mvc.perform(get("/tasks/" + id).session(managerSession))
			.andExpect(content().string(containsString("<dd><bdi>Staff " + manager + "</bdi></dd>")))
			.andExpect(content().string(containsString("/tasks/" + id + "/unclaim")));

		mvc.perform(post("/tasks/" + id + "/unclaim").session(managerSession).with(csrf()))
			.andExpect(redirectedUrl("/tasks"));
		assertThat(openTask().getAssignee()).isNull();
	}

	@Test
	void completeOnThePagesThroughTheWholeReplyLoop() throws Exception {
		completeOnPage(managerSession, openTask().getId(), "decision", "requestInformation", "note",
				"Please add your audit");
		assertThat(organisations.get(organisation.getId()).getStatus())
			.isEqualTo(OrganisationStatus.INFORMATION_REQUESTED);

		MockHttpSession ngoSession = TestData.login(mvc, ngo);
		String reply = openTask().getId();
		mvc.perform(get("/tasks/" + reply).session(ngoSession)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Please add your audit")));
		completeOnPage(ngoSession, reply, "note", "The audit is uploaded");

		completeOnPage(managerSession, openTask().getId(), "decision", "approve", "note", "");
		assertThat(organisations.get(organisation.getId()).getStatus()).isEqualTo(OrganisationStatus.VERIFIED);
		assertThat(tasks.createTaskQuery().processDefinitionKey(OnboardingProcess.KEY).processInstanceBusinessKey(organisation.getId().toString()).count())
			.isZero();
	}

	@Test
	void invalidFormIsShownAgainWithItsErrors() throws Exception {
		String id = openTask().getId();
		mvc.perform(post("/tasks/" + id + "/complete").session(managerSession).with(csrf()).param("note", "Why?"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"decision-error\"")))
			.andExpect(content().string(containsString("Choose approve, reject or ask for information")))
			.andExpect(content().string(containsString(">Why?</textarea>")));
		mvc.perform(post("/tasks/" + id + "/complete").session(managerSession).with(csrf())
			.param("decision", "reject").param("note", " "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Give the reason for the rejection: the NGO will read it")))
			.andExpect(content().string(containsString("value=\"reject\" checked")));
		assertThat(openTask().getId()).isEqualTo(id);
		assertThat(organisations.get(organisation.getId()).getStatus()).isEqualTo(OrganisationStatus.PENDING);
	}

	private void completeOnPage(MockHttpSession session, String taskId, String... fields) throws Exception {
		var request = post("/tasks/" + taskId + "/complete").session(session).with(csrf());
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		mvc.perform(request).andExpect(redirectedUrl("/tasks")).andExpect(flash().attribute("flash", "task.completed"));
	}

	private Task openTask() {
		return tasks.createTaskQuery().processDefinitionKey(OnboardingProcess.KEY).processInstanceBusinessKey(organisation.getId().toString()).singleResult();
	}

	private static String format(DateTimeFormatter formatter, Date date) {
		return formatter.format(date.toInstant());
	}
}
