package org.trustfund.grants;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.trustfund.grants.GrantLifecycleProcess.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.trustfund.IntegrationTest;
import org.trustfund.grants.GrantFixtures.Awarded;
import org.trustfund.notifications.NotificationService;

/** Walks every path of bpmn/grant-amendment.bpmn: extension and reallocation, approved or refused. */
@IntegrationTest
class GrantAmendmentProcessTest {

	@Autowired ProcessEngine engine;
	@Autowired GrantFixtures fixtures;
	@Autowired GrantService grants;
	@Autowired AmendmentService amendments;
	@Autowired NotificationService notifications;

	String fm;

	@BeforeEach
	void init() {
		org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions.init(engine);
		fm = fixtures.fundManager();
	}

	@Test
	void approvedExtensionWritesANewVersionAndMovesTheReportTimers() {
		Awarded a = fixtures.award("50000.00", 24);
		fixtures.accept(a);
		fixtures.pay(a, fm, "25000.00", "PAY-X-" + a.grantId());
		LocalDate end = grants.get(a.grantId()).getEndsOn();
		java.util.Date opensBefore = fixtures.timer(a.instanceId(), REPORT_OPENS_TIMER).getDuedate();

		Amendment amendment = amendments.request(a.grantId(), new AmendmentService.Request(Amendment.Kind.EXTENSION,
				end.plusDays(90), null, "Court cases take longer"), fixtures.ngoUser(a));
		ProcessInstance api = amendmentInstance(amendment);
		assertThat(api).isWaitingAt(GrantAmendmentProcess.DECIDE_TASK);
		assertThat(task(api)).hasCandidateGroup("fundmanager");
		fixtures.complete(api.getId(), GrantAmendmentProcess.DECIDE_TASK, fm, Map.of("decision", "approve"));

		assertThat(api).isEnded().hasPassed("applyAmendment", "amendmentApproved");
		Grant g = grants.get(a.grantId());
		Assertions.assertThat(g.getEndsOn()).isEqualTo(end.plusDays(90));
		Assertions.assertThat(g.getAgreementVersion()).isEqualTo(2);
		Assertions.assertThat(grants.versions(a.grantId())).extracting(AgreementVersion::getNumber).containsExactly(2, 1);
		Assertions.assertThat(grants.versions(a.grantId()).get(1).getEndsOn()).isEqualTo(end);
		Assertions.assertThat(fixtures.timer(a.instanceId(), REPORT_OPENS_TIMER).getDuedate())
			.isEqualTo(new java.util.Date(opensBefore.getTime() + 90L * 24 * 3600 * 1000));
	}

	@Test
	void refusedReallocationKeepsTheAgreementAndTellsTheNgoWhy() {
		Awarded a = fixtures.award("50000.00", 12);
		fixtures.accept(a);
		Amendment amendment = amendments.request(a.grantId(), new AmendmentService.Request(Amendment.Kind.REALLOCATION,
				null, java.util.List.of(new BigDecimal("20000"), new BigDecimal("30000")), "More rent"),
				fixtures.ngoUser(a));
		ProcessInstance api = amendmentInstance(amendment);
		fixtures.complete(api.getId(), GrantAmendmentProcess.DECIDE_TASK, fm,
				Map.of("decision", "refuse", "note", "Staff are the core of the project"));

		assertThat(api).isEnded().hasPassed("refuseAmendment", "amendmentRefused");
		Assertions.assertThat(amendments.get(amendment.getId()).getStatus()).isEqualTo(Amendment.Status.REFUSED);
		Assertions.assertThat(grants.get(a.grantId()).getAgreementVersion()).isEqualTo(1);
		Assertions.assertThat(notifications.outbox(a.ngo().username()))
			.anyMatch(n -> n.getSubject().equals("Amendment refused"));
	}

	@Test
	void approvedReallocationKeepsTheTotalInANewVersion() {
		Awarded a = fixtures.award("50000.00", 12);
		fixtures.accept(a);
		Amendment amendment = amendments.request(a.grantId(), new AmendmentService.Request(Amendment.Kind.REALLOCATION,
				null, java.util.List.of(new BigDecimal("20000"), new BigDecimal("30000")), "More rent"),
				fixtures.ngoUser(a));
		fixtures.complete(amendmentInstance(amendment).getId(), GrantAmendmentProcess.DECIDE_TASK, fm,
				Map.of("decision", "approve"));

		AgreementVersion v2 = grants.currentVersion(a.grantId());
		Assertions.assertThat(v2.getNumber()).isEqualTo(2);
		Assertions.assertThat(v2.getLines()).extracting(AgreementLine::amount)
			.containsExactly(new BigDecimal("20000.00"), new BigDecimal("30000.00"));
		Assertions.assertThat(grants.versions(a.grantId()).get(1).getLines()).extracting(AgreementLine::amount)
			.containsExactly(new BigDecimal("25000.00"), new BigDecimal("25000.00"));
	}

	private ProcessInstance amendmentInstance(Amendment amendment) {
		return processInstanceQuery().processDefinitionKey(GrantAmendmentProcess.KEY)
			.processInstanceBusinessKey(amendment.getId().toString()).singleResult();
	}
}
