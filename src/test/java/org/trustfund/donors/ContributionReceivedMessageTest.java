package org.trustfund.donors;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.trustfund.IntegrationTest;

/** A recorded contribution is announced to the application and, after commit, to waiting processes. */
@IntegrationTest
@RecordApplicationEvents
class ContributionReceivedMessageTest {

	@Autowired
	RepositoryService repository;
	@Autowired
	RuntimeService runtime;
	@Autowired
	DonorService donors;
	@Autowired
	ContributionService contributions;
	@Autowired
	ApplicationEvents events;

	Deployment deployment;

	@BeforeEach
	void deployAProcessWaitingForMoney() {
		deployment = repository.createDeployment().addModelInstance("waitsForMoney.bpmn",
				Bpmn.createExecutableProcess("waitsForMoney").camundaHistoryTimeToLive(1).startEvent()
					.intermediateCatchEvent().message(ContributionReceived.MESSAGE).endEvent().done())
			.deploy();
	}

	@AfterEach
	void undeploy() {
		repository.deleteDeployment(deployment.getId(), true);
	}

	@Test
	void aRecordedContributionReachesTheProcessesWaitingForMoney() {
		ProcessInstance waiting = runtime.startProcessInstanceByKey("waitsForMoney");
		Donor donor = donors.create(new DonorForm("Message Foundation " + UUID.randomUUID(), DonorKind.FOUNDATION, "",
				false, "", "", ""), "test");
		Contribution c = contributions.record(new ContributionForm(donor.getId(), null, LocalDate.now(),
				new BigDecimal("75.00"), "USD", new BigDecimal("75.00"), "MSG-" + UUID.randomUUID(), false, null), "test");
		assertThat(runtime.createProcessInstanceQuery().processInstanceId(waiting.getId()).count()).isZero();
		assertThat(events.stream(ContributionReceived.class)).singleElement().satisfies(e -> {
			assertThat(e.contributionId()).isEqualTo(c.getId());
			assertThat(e.creditedUsd().toString()).isEqualTo("75.00");
			assertThat(e.ledgerEntryId()).isEqualTo(c.getLedgerEntryId());
		});
	}
}
