package org.trustfund.grants;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.trustfund.grants.GrantLifecycleProcess.*;

import java.math.BigDecimal;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.trustfund.IntegrationTest;
import org.trustfund.grants.GrantFixtures.Awarded;
import org.trustfund.ledger.FundLedger;
import org.trustfund.shared.Money;
import org.trustfund.notifications.NotificationService;
import org.trustfund.shared.ValidationException;

/** Walks every path of bpmn/grant-lifecycle.bpmn (amendments: {@link GrantAmendmentProcessTest}). */
@IntegrationTest
class GrantLifecycleProcessTest {

	@Autowired ProcessEngine engine;
	@Autowired GrantFixtures fixtures;
	@Autowired GrantService grants;
	@Autowired Disbursements disbursements;
	@Autowired AmendmentService amendments;
	@Autowired FundLedger ledger;
	@Autowired NotificationService notifications;

	String fm;

	@BeforeEach
	void init() {
		org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions.init(engine);
		fm = fixtures.fundManager();
	}

	@Test
	void acceptedGrantIsPaidInTranchesAgainstAcceptedReportsAndClosesWithRefund() {
		Awarded a = fixtures.award("50000.00", 24);
		ProcessInstance pi = instance(a);
		assertThat(pi).isWaitingAt(ACCEPT_AGREEMENT_TASK);
		assertThat(task(pi)).hasCandidateGroup("org" + a.ngo().organisationId());
		Grant offered = grants.get(a.grantId());
		Assertions.assertThat(offered.getTranches()).extracting(Tranche::getAmount)
			.containsExactly(Money.of("25000.00"), Money.of("25000.00"));
		Assertions.assertThat(offered.getReports()).hasSize(2);
		Assertions.assertThat(grants.currentVersion(a.grantId()).getNumber()).isEqualTo(1);

		fixtures.accept(a);
		assertThat(pi).isWaitingAt(DISBURSE_TRANCHE_TASK);
		assertThat(task(pi)).hasCandidateGroup("fundmanager");
		fixtures.pay(a, fm, "25000.00", "PAY-1-" + a.grantId());
		assertThat(pi).isWaitingAt(REPORT_OPENS_TIMER);

		fixtures.openReport(a);
		assertThat(pi).isWaitingAt(SUBMIT_REPORT_TASK);
		fixtures.submitReport(a, GrantFixtures.report(2, "10000.00"));
		assertThat(pi).isWaitingAt(REVIEW_REPORT_TASK);
		fixtures.review(a, fm, "revise", "Add the services given");
		Assertions.assertThat(grants.get(a.grantId()).getReports().get(0).getStatus())
			.isEqualTo(ReportStatus.REVISION_REQUESTED);
		assertThat(pi).isWaitingAt(SUBMIT_REPORT_TASK);
		fixtures.submitReport(a, GrantFixtures.report(2, "12000.00"));
		fixtures.review(a, fm, "accept", "Thank you");

		assertThat(pi).isWaitingAt(DISBURSE_TRANCHE_TASK);
		fixtures.pay(a, fm, "20000.00", "PAY-2-" + a.grantId());
		fixtures.openReport(a);
		fixtures.submitReport(a, GrantFixtures.report(2, "20000.00"));
		Money before = ledger.available();
		fixtures.review(a, fm, "accept", "Final report accepted");

		assertThat(pi).isEnded().hasPassed("requestRevision", "acceptReport", "closeGrant", GRANT_CLOSED);
		Grant closed = grants.get(a.grantId());
		Assertions.assertThat(closed.getStatus()).isEqualTo(GrantStatus.CLOSED);
		Assertions.assertThat(closed.getDisbursed()).isEqualByComparingTo(Money.of("45000.00"));
		Assertions.assertThat(closed.getReleased()).isEqualByComparingTo(Money.of("5000.00"));
		Assertions.assertThat(ledger.available()).isEqualTo(before.plus(Money.of(5000)));

		disbursements.refund(a.grantId(), new BigDecimal("3000.00"), null, "RET-" + a.grantId(), fm);
		Assertions.assertThat(ledger.available()).isEqualTo(before.plus(Money.of(8000)));
		Assertions.assertThat(grants.get(a.grantId()).getRefunded()).isEqualByComparingTo(Money.of("3000.00"));
	}

	@Test
	void declinedAgreementReleasesTheCommitment() {
		Awarded a = fixtures.award("30000.00", 12);
		Money committed = ledger.available();
		ProcessInstance pi = instance(a);
		fixtures.complete(a.instanceId(), ACCEPT_AGREEMENT_TASK, a.ngo().username(),
				Map.of("decision", "decline", "note", "We cannot run the project this year"));

		assertThat(pi).isEnded().hasPassed("declineGrant", GRANT_ENDED_DECLINED);
		Assertions.assertThat(grants.get(a.grantId()).getStatus()).isEqualTo(GrantStatus.DECLINED);
		Assertions.assertThat(ledger.available()).isEqualTo(committed.plus(Money.of(30000)));
	}

	@Test
	void unansweredAgreementIsRemindedThenLapsesAndReleasesTheCommitment() {
		Awarded a = fixtures.award("20000.00", 12);
		ProcessInstance pi = instance(a);
		Assertions.assertThat(fixtures.timer(a.instanceId(), ACCEPTANCE_DEADLINE_TIMER).getDuedate())
			.isEqualTo(java.util.Date.from(grants.get(a.grantId()).getAcceptBy().atStartOfDay(java.time.ZoneOffset.UTC)
				.toInstant()));
		fixtures.fire(a.instanceId(), ACCEPTANCE_REMINDER_TIMER);
		assertThat(pi).hasPassed("remindAcceptance").isWaitingAt(ACCEPT_AGREEMENT_TASK);
		Assertions.assertThat(notifications.outbox(a.ngo().username()))
			.anyMatch(n -> n.getSubject().contains("Please answer"));

		Money before = ledger.available();
		fixtures.fire(a.instanceId(), ACCEPTANCE_DEADLINE_TIMER);
		assertThat(pi).isEnded().hasPassed("lapseGrant", GRANT_ENDED_LAPSED);
		Assertions.assertThat(grants.get(a.grantId()).getStatus()).isEqualTo(GrantStatus.LAPSED);
		Assertions.assertThat(ledger.available()).isEqualTo(before.plus(Money.of(20000)));
	}

	@Test
	void overdueReportIsRemindedEscalatedAndBlocksTheNgosTranches() {
		Awarded a = fixtures.award("40000.00", 24);
		Awarded other = fixtures.award(a.ngo(), "10000.00", 12);
		fixtures.accept(a);
		fixtures.accept(other);
		fixtures.pay(a, fm, "20000.00", "PAY-A-" + a.grantId());
		fixtures.openReport(a);
		ProcessInstance pi = instance(a);

		fixtures.fire(a.instanceId(), REPORT_REMINDER_TIMER);
		Assertions.assertThat(notifications.outbox(a.ngo().username()))
			.anyMatch(n -> n.getSubject().startsWith("Reminder: report due"));
		fixtures.fire(a.instanceId(), REPORT_OVERDUE_TIMER);
		assertThat(pi).hasPassed("markReportOverdue").isWaitingAt(SUBMIT_REPORT_TASK);
		Assertions.assertThat(grants.get(a.grantId()).getReports().get(0).isOverdue()).isTrue();
		Assertions.assertThat(notifications.outbox(a.ngo().username()))
			.anyMatch(n -> n.getSubject().equals("Your report is overdue"));

		Assertions.assertThatThrownBy(() -> fixtures.pay(other, fm, "10000.00", "PAY-O-" + other.grantId()))
			.isInstanceOf(ValidationException.class).hasMessageContaining("overdue");
		Assertions.assertThat(grants.get(other.grantId()).getDisbursed()).isEqualByComparingTo(Money.of("0"));

		fixtures.fire(a.instanceId(), REPORT_ESCALATION_TIMER);
		assertThat(pi).isWaitingAt(SUBMIT_REPORT_TASK, FOLLOW_UP_OVERDUE_TASK);
		fixtures.complete(a.instanceId(), FOLLOW_UP_OVERDUE_TASK, fm, Map.of("note", "Called the NGO"));

		fixtures.submitReport(a, GrantFixtures.report(2, "5000.00"));
		Assertions.assertThat(grants.get(a.grantId()).getReports().get(0).isOverdue()).isFalse();
		fixtures.pay(other, fm, "10000.00", "PAY-O-" + other.grantId());
		Assertions.assertThat(grants.get(other.grantId()).getDisbursed()).isEqualByComparingTo(Money.of("10000.00"));
	}

	private ProcessInstance instance(Awarded a) {
		return processInstanceQuery().processInstanceId(a.instanceId()).singleResult();
	}
}
