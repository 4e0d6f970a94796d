package org.trustfund.donors;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.trustfund.IntegrationTest;
import org.trustfund.proposals.Fixtures;
import org.trustfund.proposals.ReviewSteps;
import org.trustfund.users.Role;

/** Every path of bpmn/pledge-follow-up.bpmn, with the real services behind the delegates. */
@IntegrationTest
class PledgeFollowUpProcessTest {

	@Autowired
	DonorService donors;
	@Autowired
	PledgeService pledges;
	@Autowired
	ContributionService contributions;
	@Autowired
	RuntimeService runtime;
	@Autowired
	org.trustfund.ledger.FundLedger ledger;
	@Autowired
	Fixtures fixtures;
	@Autowired
	ReviewSteps steps;

	Donor donor;

	@BeforeEach
	void donor() {
		donor = donors.create(new DonorForm("Follow-up Foundation " + UUID.randomUUID(), DonorKind.FOUNDATION, "",
				false, "", "", ""), "fm");
	}

	@Test
	void waitsForTheExpectedDateThenOffersAFollowUpTaskToFundManagers() {
		Pledge pledge = pledge("1000.00", LocalDate.now().minusDays(1));
		ProcessInstance instance = instance(pledge);
		assertThat(instance).isWaitingAt(PledgeFollowUpProcess.WAIT_TIMER);
		Assertions.assertThat(job(instance).getDuedate()).isEqualTo(
				java.util.Date.from(pledge.getExpectedOn().plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
		execute(job(instance));
		assertThat(instance).isWaitingAt(PledgeFollowUpProcess.FOLLOW_UP_TASK);
		assertThat(task(instance)).hasCandidateGroup("fundmanager");
	}

	@Test
	void aNewDateFromTheDonorReschedulesThePledgeAndWaitsAgain() {
		Pledge pledge = pledge("1000.00", LocalDate.now().minusDays(3));
		ProcessInstance instance = instance(pledge);
		execute(job(instance));
		LocalDate newDate = LocalDate.now().plusDays(30);
		steps.complete(task(instance), fixtures.user(Role.FUND_MANAGER), Map.of(PledgeFollowUpProcess.OUTCOME,
				PledgeFollowUpProcess.CONTACTED, PledgeFollowUpProcess.NEW_EXPECTED_DATE, newDate.toString(),
				PledgeFollowUpProcess.NOTE, "Treasury confirmed payment next month"));
		assertThat(instance).hasPassed("reschedulePledge").isWaitingAt(PledgeFollowUpProcess.WAIT_TIMER);
		Assertions.assertThat(pledges.get(pledge.getId()).getExpectedOn()).isEqualTo(newDate);
		Assertions.assertThat(pledges.get(pledge.getId()).getFollowUpNote()).isEqualTo("Treasury confirmed payment next month");
	}

	@Test
	void writingOffFromTheTaskEndsTheFollowUpWithThePledgeWrittenOff() {
		Pledge pledge = pledge("1000.00", LocalDate.now().minusDays(3));
		ProcessInstance instance = instance(pledge);
		execute(job(instance));
		String fundManager = fixtures.user(Role.FUND_MANAGER);
		// A forged "actor" variable and a forged pledge id do not decide who wrote off which pledge.
		Pledge bystander = pledge("700.00", LocalDate.now().minusDays(3));
		runtime.setVariables(instance.getId(), Map.of("actor", "trustee3", PledgeFollowUpProcess.NOTE, " ",
				PledgeFollowUpProcess.PLEDGE_ID, bystander.getId()));
		steps.complete(task(instance), fundManager, Map.of(PledgeFollowUpProcess.OUTCOME,
				PledgeFollowUpProcess.WRITE_OFF, PledgeFollowUpProcess.NOTE, "Donor withdrew the pledge", "actor",
				"trustee3"));
		assertThat(instance).hasPassedInOrder("followUpPledge", "writeOffDecided", "writeOffPledge", "pledgeWrittenOff")
			.isEnded();
		Pledge written = pledges.get(pledge.getId());
		Assertions.assertThat(written.getStatus()).isEqualTo(PledgeStatus.WRITTEN_OFF);
		Assertions.assertThat(written.getWriteOffReason()).isEqualTo("Donor withdrew the pledge");
		Assertions.assertThat(written.getWrittenOffBy()).isEqualTo(fundManager);
		Assertions.assertThat(pledges.get(bystander.getId()).getStatus()).isNotEqualTo(PledgeStatus.WRITTEN_OFF);
	}

	@Test
	void aPaymentThatSettlesThePledgeEndsTheFollowUpBeforeTheDate() {
		Pledge pledge = pledge("500.00", LocalDate.now().plusDays(10));
		ProcessInstance instance = instance(pledge);
		pay(pledge, "500.00");
		assertThat(instance).hasPassed("pledgeSettled", "followUpEnded").hasNotPassed("followUpPledge").isEnded();
		Assertions.assertThat(pledges.get(pledge.getId()).getStatus()).isEqualTo(PledgeStatus.PAID);
	}

	@Test
	void aPartPaymentKeepsTheFollowUpAndTheRestSettlesItWhileTheTaskIsOpen() {
		Pledge pledge = pledge("500.00", LocalDate.now().minusDays(1));
		ProcessInstance instance = instance(pledge);
		pay(pledge, "200.00");
		assertThat(instance).isWaitingAt(PledgeFollowUpProcess.WAIT_TIMER);
		Assertions.assertThat(pledges.get(pledge.getId()).getStatus()).isEqualTo(PledgeStatus.PARTLY_PAID);
		execute(job(instance));
		assertThat(instance).isWaitingAt(PledgeFollowUpProcess.FOLLOW_UP_TASK);
		pay(pledge, "300.00");
		assertThat(instance).hasPassed("followUpEnded").isEnded();
	}

	@Test
	void aWriteOffOutsideTheTaskEndsTheFollowUp() {
		Pledge pledge = pledge("750.00", LocalDate.now().minusDays(1));
		ProcessInstance instance = instance(pledge);
		execute(job(instance));
		pledges.writeOff(pledge.getId(), "Donor's budget was cut", "fm");
		assertThat(instance).hasPassed("followUpEnded").hasNotPassed("writeOffPledge").isEnded();
	}

	@Test
	void correctingThePaymentThatSettledThePledgeFollowsItUpAgain() {
		Pledge pledge = pledge("400.00", LocalDate.now().plusDays(5));
		ProcessInstance first = instance(pledge);
		Contribution payment = pay(pledge, "400.00");
		assertThat(first).isEnded();
		ledger.correct(payment.getLedgerEntryId(), "The transfer was returned by the bank");
		Assertions.assertThat(pledges.get(pledge.getId()).getStatus()).isEqualTo(PledgeStatus.OPEN);
		Assertions.assertThat(pledges.get(pledge.getId()).getPaidAmount()).isEqualByComparingTo("0");
		assertThat(instance(pledge)).isWaitingAt(PledgeFollowUpProcess.WAIT_TIMER);
	}

	private Pledge pledge(String amount, LocalDate expected) {
		return pledges.create(new PledgeForm(donor.getId(), new BigDecimal(amount), "EUR", expected, null), "fm");
	}

	private Contribution pay(Pledge pledge, String amount) {
		return contributions.record(new ContributionForm(donor.getId(), pledge.getId(), LocalDate.now(),
				new BigDecimal(amount), "EUR", new BigDecimal(amount), "FU-" + UUID.randomUUID(), false, null), "fm");
	}

	private ProcessInstance instance(Pledge pledge) {
		ProcessInstance instance = runtime.createProcessInstanceQuery().processDefinitionKey(PledgeFollowUpProcess.KEY)
			.processInstanceBusinessKey(pledge.getId().toString()).active().singleResult();
		Assertions.assertThat(instance).isNotNull();
		return instance;
	}
}
