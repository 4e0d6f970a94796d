package org.trustfund.board;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.trustfund.IntegrationTest;
import org.trustfund.notifications.NotificationService;
import org.trustfund.proposals.ReviewSteps;
import org.trustfund.users.Role;
import org.trustfund.users.UserService;

/** Walks every path of bpmn/board-term.bpmn. */
@IntegrationTest
class BoardTermProcessTest {

	@Autowired
	ProcessEngine engine;

	@Autowired
	BoardService board;

	@Autowired
	UserService users;

	@Autowired
	NotificationService notifications;

	@Autowired
	ReviewSteps steps;

	@BeforeEach
	void init() {
		org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions.init(engine);
	}

	@Test
	void callsForNominationsBeforeTheTermEndsAndAnnouncesTheNewBoard() {
		BoardTerm term = BoardFixtures.futureTerm(board, 5);
		String outgoing = BoardFixtures.user(users, Role.TRUSTEE);
		board.appoint(term.getId(), outgoing, "AT", false, "admin");
		ProcessInstance instance = instance(term);

		assertThat(instance).isWaitingAt(BoardTermProcess.NOMINATIONS_DUE_TIMER);
		Job timer = job(BoardTermProcess.NOMINATIONS_DUE_TIMER, instance);
		Assertions.assertThat(timer.getDuedate()).isEqualTo(board.nominationsDue(term.getId().toString()));
		execute(timer);

		assertThat(instance).isWaitingAt(BoardTermProcess.CALL_FOR_NOMINATIONS_TASK);
		assertThat(task()).hasCandidateGroup("fundmanager");
		steps.complete(task(), BoardFixtures.user(users, Role.FUND_MANAGER),
				Map.of(BoardTermProcess.NOTE, "Note verbale to Member States"));

		assertThat(instance).isWaitingAt(BoardTermProcess.APPOINT_NEW_BOARD_TASK);
		assertThat(task()).hasCandidateGroup("admin");
		BoardTerm next = nextTermWithChair(term);
		steps.complete(task(), BoardFixtures.user(users, Role.ADMIN),
				Map.of(BoardTermProcess.NEW_TERM_ID, next.getId().toString()));

		assertThat(instance).hasPassedInOrder("nominationsDue", "callForNominations", "appointNewBoard",
				"announceNewBoard", "newBoardAppointed").isEnded();
		Assertions.assertThat(notifications.outbox(outgoing)).anyMatch(n -> n.getSubject().contains("new Board"));
	}

	@Test
	void warnsWhenTheTermEndsBeforeANewBoardIsRecorded() {
		BoardTerm term = BoardFixtures.futureTerm(board, 5);
		String admin = BoardFixtures.user(users, Role.ADMIN);
		ProcessInstance instance = instance(term);
		execute(job(BoardTermProcess.NOMINATIONS_DUE_TIMER, instance));
		steps.complete(task(instance), BoardFixtures.user(users, Role.FUND_MANAGER),
				Map.of(BoardTermProcess.NOTE, "Invited"));

		execute(job(BoardTermProcess.TERM_ENDED_TIMER, instance));

		assertThat(instance).hasPassed("warnTermEnded", "noBoardWarningSent")
			.isWaitingAt(BoardTermProcess.APPOINT_NEW_BOARD_TASK);
		Assertions.assertThat(notifications.outbox(admin)).anyMatch(n -> n.getSubject().contains("term has ended"));
	}

	private ProcessInstance instance(BoardTerm term) {
		return processInstanceQuery().processInstanceBusinessKey(term.getId().toString())
			.processDefinitionKey(BoardTermProcess.KEY).singleResult();
	}

	private static Job job(String activityId, ProcessInstance instance) {
		return jobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
	}

	/** The term after {@code term}, with a chair: what the appointment form accepts. */
	private BoardTerm nextTermWithChair(BoardTerm term) {
		BoardTerm next = board.recordTerm(term.getName() + " (next)", term.getEndsOn().plusDays(1),
				term.getEndsOn().plusYears(3), 5, "admin");
		board.appoint(next.getId(), BoardFixtures.user(users, Role.TRUSTEE, Role.BOARD_CHAIR), "AT", true, "admin");
		return next;
	}
}
