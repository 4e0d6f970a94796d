package org.trustfund.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.trustfund.donors.ContributionReceived;
import org.trustfund.proposals.Fixtures;
import org.trustfund.users.Role;

/** A message owed to waiting processes is retried with back-off until it is delivered, or shown to administrators. */
class OutboxRetryTest extends OutboxTestSupport {

	static final String LISTENER = "donors.contribution-received";

	@Autowired RepositoryService repository;
	@Autowired Fixtures fixtures;
	@Autowired OutboxSettings settings;
	@Autowired MockMvc mvc;

	Deployment deployment;

	@BeforeEach
	void deployAProcessWaitingForMoney() {
		deployment = repository.createDeployment().addModelInstance("waitsForMoneyToo.bpmn",
				Bpmn.createExecutableProcess("waitsForMoneyToo").camundaHistoryTimeToLive(1).startEvent()
					.intermediateCatchEvent().message(ContributionReceived.MESSAGE).endEvent().done())
			.deploy();
	}

	@AfterEach
	void undeploy() {
		repository.deleteDeployment(deployment.getId(), true);
	}

	@Test
	void aFailedDeliveryIsRetriedWithGrowingPausesUntilItSucceeds() {
		ProcessInstance waiting = runtime.startProcessInstanceByKey("waitsForMoneyToo");
		doThrow(new ProcessEngineException("engine unavailable")).doThrow(new ProcessEngineException("still down"))
			.doCallRealMethod().when(runtime).createMessageCorrelation(ContributionReceived.MESSAGE);

		fixtures.payIntoFund("10.00"); // committed; its delivery after commit fails

		assertThat(isRunning(waiting)).isTrue();
		OwedDelivery first = owedTo(LISTENER).get(0);
		assertThat(first.attempts()).isEqualTo(1);
		assertThat(first.lastError()).contains("engine unavailable");
		assertThat(Duration.between(first.lastFailedAt(), first.nextAttemptAt())).isEqualTo(settings.firstRetryAfter());
		outbox.resubmitDue();
		assertThat(owedTo(LISTENER).get(0).attempts()).as("the back-off is not over: not retried").isEqualTo(1);

		makeDue(first.id());
		outbox.resubmitDue();
		OwedDelivery second = owedTo(LISTENER).get(0);
		assertThat(second.attempts()).isEqualTo(2);
		assertThat(second.lastError()).contains("still down");
		assertThat(Duration.between(second.lastFailedAt(), second.nextAttemptAt()))
			.isEqualTo(settings.firstRetryAfter().multipliedBy(2));

		makeDue(first.id());
		outbox.resubmitDue();

		assertThat(isRunning(waiting)).as("the message reached the process").isFalse();
		assertThat(owedTo(LISTENER)).isEmpty();
	}

	@Test
	void anUndeliverableMessageIsListedForAdministratorsWhoRetryIt() throws Exception {
		ProcessInstance waiting = runtime.startProcessInstanceByKey("waitsForMoneyToo");
		doThrow(new ProcessEngineException("no engine")).when(runtime)
			.createMessageCorrelation(ContributionReceived.MESSAGE);
		fixtures.payIntoFund("11.00");
		UUID id = owedTo(LISTENER).get(0).id();
		for (int i = 1; i < settings.maxAttempts(); i++) {
			makeDue(id);
			outbox.resubmitDue();
		}
		makeDue(id);
		outbox.resubmitDue();
		assertThat(owedTo(LISTENER)).as("undeliverable: no more automatic retries").singleElement().satisfies(o -> {
			assertThat(o.attempts()).isEqualTo(settings.maxAttempts());
			assertThat(o.undeliverable()).isTrue();
			assertThat(o.nextAttemptAt()).as("never retried by itself").isNull();
		});
		// a node's start delivers what is owed, but not what is undeliverable
		doCallRealMethod().when(runtime).createMessageCorrelation(ContributionReceived.MESSAGE);
		outbox.resubmitOnStart();
		assertThat(owedTo(LISTENER)).as("still undeliverable after a start").singleElement()
			.satisfies(o -> assertThat(o.attempts()).isEqualTo(settings.maxAttempts()));
		assertThat(isRunning(waiting)).isTrue();
		doThrow(new ProcessEngineException("no engine")).when(runtime)
			.createMessageCorrelation(ContributionReceived.MESSAGE);
		String admin = fixtures.user(Role.ADMIN);
		mvc.perform(get("/api/admin/outbox?undeliverable=true").with(httpBasic(admin, Fixtures.PASSWORD)))
			.andExpect(status().isOk()).andExpect(jsonPath("$[0].id").value(id.toString()))
			.andExpect(jsonPath("$[0].eventType").value("ContributionReceived"))
			.andExpect(jsonPath("$[0].lastError").value(org.hamcrest.Matchers.containsString("no engine")));
		mvc.perform(get("/admin/outbox").with(httpBasic(admin, Fixtures.PASSWORD))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("no engine")));
		mvc.perform(get("/api/admin/outbox").with(httpBasic(fixtures.user(Role.FUND_MANAGER), Fixtures.PASSWORD)))
			.andExpect(status().isForbidden());

		doCallRealMethod().when(runtime).createMessageCorrelation(ContributionReceived.MESSAGE);
		mvc.perform(post("/api/admin/outbox/" + id + "/retry").with(httpBasic(admin, Fixtures.PASSWORD)).with(csrf()))
			.andExpect(status().isNoContent());

		assertThat(isRunning(waiting)).isFalse();
		assertThat(owedTo(LISTENER)).isEmpty();
		mvc.perform(post("/api/admin/outbox/" + id + "/retry").with(httpBasic(admin, Fixtures.PASSWORD)).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/admin/outbox/not-an-id/retry").with(httpBasic(admin, Fixtures.PASSWORD)).with(csrf()))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.id").exists());
	}

	@Test
	void anAdministratorsRetryThatFailsAgainShowsTheNewError() throws Exception {
		doThrow(new ProcessEngineException("first")).doThrow(new ProcessEngineException("second")).when(runtime)
			.createMessageCorrelation(ContributionReceived.MESSAGE);
		fixtures.payIntoFund("12.00");
		UUID id = owedTo(LISTENER).get(0).id();

		mvc.perform(post("/api/admin/outbox/" + id + "/retry")
			.with(httpBasic(fixtures.user(Role.ADMIN), Fixtures.PASSWORD)).with(csrf()))
			.andExpect(status().isOk()).andExpect(jsonPath("$.attempts").value(1))
			.andExpect(jsonPath("$.lastError").value(org.hamcrest.Matchers.containsString("second")));
	}

	private boolean isRunning(ProcessInstance instance) {
		return runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count() == 1;
	}
}
