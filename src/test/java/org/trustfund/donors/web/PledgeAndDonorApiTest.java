package org.trustfund.donors.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.trustfund.IntegrationTest;
import org.trustfund.donors.Donor;
import org.trustfund.donors.DonorForm;
import org.trustfund.donors.DonorKind;
import org.trustfund.donors.DonorService;
import org.trustfund.donors.Pledge;
import org.trustfund.donors.PledgeFollowUpProcess;
import org.trustfund.donors.PledgeForm;
import org.trustfund.donors.PledgeService;
import org.trustfund.donors.PledgeStatus;
import org.trustfund.users.Role;
import org.trustfund.users.UserService;

@IntegrationTest
class PledgeAndDonorApiTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	DonorService donors;
	@Autowired
	PledgeService pledges;
	@Autowired
	RuntimeService runtime;
	@Autowired
	ManagementService management;
	@Autowired
	TaskService tasks;

	static UserDetails fm;
	Donor donor;

	@BeforeEach
	void data(@Autowired UserService users, @Autowired UserDetailsService details) {
		if (fm == null) {
			users.create("pledge_fm", "Pledge FM", "pfm@example.org", "password123", Set.of(Role.FUND_MANAGER), null);
			fm = details.loadUserByUsername("pledge_fm");
		}
		donor = donors.create(new DonorForm("Pledge Donor " + UUID.randomUUID(), DonorKind.INDIVIDUAL, "", false, "",
				"", ""), "test");
	}

	@Test
	void aMemberStateNeedsItsCountryOnceAndIsNeverAnonymous() throws Exception {
		send("/api/donors", "{\"name\":\"Somewhere\",\"kind\":\"MEMBER_STATE\",\"anonymous\":true}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.country").isString())
			.andExpect(jsonPath("$.errors.anonymous").isString());
		send("/api/donors", "{\"name\":\"Georgia\",\"kind\":\"MEMBER_STATE\",\"country\":\"GE\"}")
			.andExpect(status().isCreated()).andExpect(jsonPath("$.donorGroup").value("MEMBER_STATE"));
		send("/api/donors", "{\"name\":\"Georgia again\",\"kind\":\"MEMBER_STATE\",\"country\":\"ge\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.country").value("This Member State is already a donor"));
	}

	@Test
	void aPrivateDonorMayBeAnonymousInReportsButIsStillRecorded() throws Exception {
		send("/api/donors", "{\"name\":\"Jane Doe\",\"kind\":\"INDIVIDUAL\",\"anonymous\":true}")
			.andExpect(status().isCreated()).andExpect(jsonPath("$.name").value("Jane Doe"))
			.andExpect(jsonPath("$.publicName").value("Anonymous donor"));
	}

	@Test
	void refusesPledgesWithBadInput() throws Exception {
		send("/api/pledges", "{\"donorId\":999999,\"amount\":0,\"currency\":\"DOLLARS\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.donorId").isString())
			.andExpect(jsonPath("$.errors.amount").isString()).andExpect(jsonPath("$.errors.currency").isString())
			.andExpect(jsonPath("$.errors.expectedOn").isString());
	}

	@Test
	void aPledgeIsCreatedOpenAndWrittenOffOnceWithAReason() throws Exception {
		String id = send("/api/pledges", pledge("5000.00", LocalDate.now().plusMonths(2)))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.remaining").value(5000.00)).andReturn().getResponse().getContentAsString()
			.replaceAll(".*\"id\":(\\d+).*", "$1");
		assertThat(followUp(id)).isEqualTo(1);
		send("/api/pledges/" + id + "/write-off", "{\"reason\":\" \"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.reason").isString());
		send("/api/pledges/" + id + "/write-off", "{\"reason\":\"Budget withdrawn\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("WRITTEN_OFF"));
		assertThat(followUp(id)).isZero();
		send("/api/pledges/" + id + "/write-off", "{\"reason\":\"again\"}").andExpect(status().isConflict());
	}

	@Test
	void theFollowUpTaskIsInTheFundManagersTaskListAndTakesANewDate() throws Exception {
		Pledge pledge = pledges.create(new PledgeForm(donor.getId(), new BigDecimal("300"), "GBP",
				LocalDate.now().minusDays(5), "Shelter in Bangkok"), "test");
		String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(pledge.getId().toString())
			.processDefinitionKey(PledgeFollowUpProcess.KEY).singleResult().getId();
		management.executeJob(management.createJobQuery().processInstanceId(instance).singleResult().getId());
		Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
		// narrowed by the search to this donor's task: the shared test database holds other tests' tasks
		mvc.perform(get("/api/tasks").param("q", donor.getName()).with(user(fm))).andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == '" + task.getId() + "')].subject.label")
				.value(Matchers.hasItem(Matchers.containsString(donor.getName()))));
		mvc.perform(get("/tasks/" + task.getId()).with(user(fm))).andExpect(status().isOk());
		send("/api/tasks/" + task.getId() + "/complete",
				"{\"outcome\":\"contacted\",\"newExpectedDate\":\"" + LocalDate.now() + "\",\"note\":\"\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.newExpectedDate").isString())
			.andExpect(jsonPath("$.errors.note").isString());
		LocalDate newDate = LocalDate.now().plusDays(20);
		send("/api/tasks/" + task.getId() + "/complete",
				"{\"outcome\":\"contacted\",\"newExpectedDate\":\"" + newDate + "\",\"note\":\"Paying in June\"}")
			.andExpect(status().isNoContent());
		Pledge rescheduled = pledges.get(pledge.getId());
		assertThat(rescheduled.getExpectedOn()).isEqualTo(newDate);
		assertThat(rescheduled.getStatus()).isEqualTo(PledgeStatus.OPEN);
		assertThat(management.createJobQuery().processInstanceId(instance).singleResult().getDuedate())
			.isEqualTo(java.util.Date.from(newDate.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
	}

	private long followUp(String pledgeId) {
		return runtime.createProcessInstanceQuery().processDefinitionKey(PledgeFollowUpProcess.KEY)
			.processInstanceBusinessKey(pledgeId).count();
	}

	private String pledge(String amount, LocalDate expected) {
		return "{\"donorId\":%d,\"amount\":%s,\"currency\":\"CHF\",\"expectedOn\":\"%s\",\"earmark\":\"Children\"}"
			.formatted(donor.getId(), amount, expected);
	}

	private ResultActions send(String path, String json) throws Exception {
		return mvc.perform(post(path).with(user(fm)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json));
	}
}
