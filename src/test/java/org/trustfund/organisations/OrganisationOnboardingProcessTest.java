package org.trustfund.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.trustfund.organisations.OnboardingProcess.*;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.trustfund.IntegrationTest;
import org.trustfund.TestData;
import org.trustfund.notifications.Notification;
import org.trustfund.notifications.Notifications;
import org.trustfund.proposals.ReviewSteps;
import org.trustfund.users.Role;
import org.trustfund.users.UserService;

/** Every path of {@code bpmn/organisation-onboarding.bpmn}, started through the real sign-up. */
@IntegrationTest
class OrganisationOnboardingProcessTest {

	private static final String REMINDER = "reminderDue";
	private static final String DEADLINE = "replyDeadlinePassed";

	@Autowired
	ProcessEngine processEngine;
	@Autowired
	OrganisationService organisations;
	@Autowired
	Notifications notifications;
	@Autowired
	UserService users;
	@Autowired
	ReviewSteps steps;

	private String ngoUser;
	private Organisation organisation;
	private ProcessInstance process;
	private String fundManager;

	@BeforeEach
	void signUp() {
		init(processEngine);
		fundManager = TestData.unique("proc_fm");
		TestData.staff(users, fundManager, Role.FUND_MANAGER);
		ngoUser = TestData.unique("proc_ngo");
		organisation = organisations.signUp(TestData.signUp(ngoUser), TestData.pdf());
		process = processInstanceQuery().processDefinitionKey(KEY)
			.processDefinitionKey(OnboardingProcess.KEY).processInstanceBusinessKey(organisation.getId().toString()).singleResult();
	}

	@Test
	void signUpStartsVerificationByTheFundManager() {
		assertThat(process).isStarted().hasBusinessKey(organisation.getId().toString())
			.hasPassed("organisationSignedUp").isWaitingAt(VERIFY_TASK);
		assertThat(task(process)).hasCandidateGroup("fundmanager").isNotAssigned();
		assertThat(process).variables().containsEntry(ORGANISATION_ID, organisation.getId());
		assertThat(status()).isEqualTo(OrganisationStatus.PENDING);
		assertThat(subjectsOf(ngoUser)).containsExactly("We received your registration");
	}

	@Test
	void approvalVerifiesTheOrganisation() {
		decide(APPROVE, "");

		assertThat(process).hasPassedInOrder(VERIFY_TASK, "approveOrganisation", "organisationVerified").isEnded();
		Organisation verified = organisations.get(organisation.getId());
		assertThat(verified.getStatus()).isEqualTo(OrganisationStatus.VERIFIED);
		assertThat(verified.getVerifiedBy()).isEqualTo(fundManager);
		assertThat(verified.getVerifiedAt()).isNotNull();
		assertThat(actions()).containsExactly("SIGNED_UP", "VERIFIED");
		assertThat(subjectsOf(ngoUser)).contains("Your organisation is verified");
	}

	/** Issue #10: forged "actor", "note" and "organisationId" variables reach no delegate. */
	@Test
	void delegatesIgnoreForgedActorNoteAndOrganisationVariables() {
		Organisation bystander = organisations.signUp(TestData.signUp(TestData.unique("proc_ngo")), TestData.pdf());
		runtimeService().setVariables(process.getId(), Map.of("actor", "trustee3", NOTE, " ", ORGANISATION_ID,
				bystander.getId()));

		decide(REQUEST_INFORMATION, "Please send a bank letter");
		assertThat(task(process)).hasCandidateGroup("org" + organisation.getId());
		runtimeService().setVariables(process.getId(), Map.of("actor", fundManager, NOTE, "Forged answer"));
		steps.complete(task(process), ngoUser, Map.of(NOTE, "The bank letter is attached", "actor", fundManager));
		decide(REJECT, "Listed on a sanctions list");

		assertThat(organisations.history(organisation.getId())).extracting(OrganisationEvent::getAction,
				OrganisationEvent::getActor, OrganisationEvent::getNote).containsExactly(
						org.assertj.core.groups.Tuple.tuple("SIGNED_UP", ngoUser, null),
						org.assertj.core.groups.Tuple.tuple("INFORMATION_REQUESTED", fundManager, "Please send a bank letter"),
						org.assertj.core.groups.Tuple.tuple("INFORMATION_PROVIDED", ngoUser, "The bank letter is attached"),
						org.assertj.core.groups.Tuple.tuple("REJECTED", fundManager, "Listed on a sanctions list"));
		assertThat(status()).isEqualTo(OrganisationStatus.REJECTED);
		assertThat(organisations.get(bystander.getId()).getStatus()).isEqualTo(OrganisationStatus.PENDING);
		assertThat(actionsOf(bystander)).containsExactly("SIGNED_UP");
	}

	/** Completing the task around the task list records nothing, so the next step refuses and nothing changes. */
	@Test
	void verificationCompletedOutsideTheTaskListChangesNothing() {
		String taskId = task(process).getId();

		org.assertj.core.api.Assertions.assertThatThrownBy(() -> taskService().complete(taskId, Map.of(DECISION,
				APPROVE, "actor", fundManager))).isInstanceOf(RuntimeException.class);

		assertThat(process).isWaitingAt(VERIFY_TASK);
		assertThat(status()).isEqualTo(OrganisationStatus.PENDING);
		assertThat(actions()).containsExactly("SIGNED_UP");
	}

	@Test
	void rejectionStoresTheReasonAndTellsTheNgo() {
		decide(REJECT, "Listed on a sanctions list");

		assertThat(process).hasPassedInOrder(VERIFY_TASK, "rejectOrganisation", "organisationRejected")
			.hasNotPassed("approveOrganisation").isEnded();
		Organisation rejected = organisations.get(organisation.getId());
		assertThat(rejected.getStatus()).isEqualTo(OrganisationStatus.REJECTED);
		assertThat(rejected.getDecisionReason()).isEqualTo("Listed on a sanctions list");
		assertThat(organisations.history(organisation.getId())).last().satisfies(e -> {
			assertThat(e.getAction()).isEqualTo("REJECTED");
			assertThat(e.getNote()).isEqualTo("Listed on a sanctions list");
			assertThat(e.getActor()).isEqualTo(fundManager);
		});
		assertThat(messagesOf(ngoUser)).anySatisfy(n -> {
			assertThat(n.getSubject()).isEqualTo("Your registration was not accepted");
			assertThat(n.getBody()).contains("Listed on a sanctions list");
		});
	}

	@Test
	void ngoAnswersTheQuestionAndTheCaseReturnsToVerification() {
		decide(REQUEST_INFORMATION, "Please send a bank letter");

		assertThat(process).hasPassed("requestInformation").isWaitingAt(PROVIDE_INFORMATION_TASK);
		assertThat(task(process)).hasCandidateGroup("org" + organisation.getId()).isNotAssigned();
		assertThat(task(process).getDueDate()).isNotNull();
		Organisation asked = organisations.get(organisation.getId());
		assertThat(asked.getStatus()).isEqualTo(OrganisationStatus.INFORMATION_REQUESTED);
		assertThat(asked.getInfoRequest()).isEqualTo("Please send a bank letter");
		assertThat(subjectsOf(ngoUser)).contains("The secretariat needs more information");

		steps.complete(task(process), ngoUser, Map.of(NOTE, "The bank letter is attached"));

		assertThat(process).hasPassedInOrder("requestInformation", PROVIDE_INFORMATION_TASK, "recordReply")
			.isWaitingAt(VERIFY_TASK);
		assertThat(task(process)).hasCandidateGroup("fundmanager");
		assertThat(jobQuery().processInstanceId(process.getId()).timers().count()).isZero();
		Organisation answered = organisations.get(organisation.getId());
		assertThat(answered.getStatus()).isEqualTo(OrganisationStatus.PENDING);
		assertThat(answered.getInfoReply()).isEqualTo("The bank letter is attached");
		assertThat(subjectsOf(fundManager)).contains("An NGO answered your question");

		decide(APPROVE, "");

		assertThat(process).hasPassed("approveOrganisation").isEnded();
		assertThat(status()).isEqualTo(OrganisationStatus.VERIFIED);
		assertThat(actions()).containsExactly("SIGNED_UP", "INFORMATION_REQUESTED", "INFORMATION_PROVIDED",
				"VERIFIED");
	}

	@Test
	void silentNgoIsRemindedThenTheCaseReturnsToTheFundManager() {
		// The one clock, frozen a little ahead (never before the sign-up it follows): the timers, the task's due
		// date, the stored deadline and the history's times all read it.
		Instant asked = Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
		ClockUtil.setCurrentTime(Date.from(asked));
		decide(REQUEST_INFORMATION, "Who signs for the organisation?");

		List<Job> timers = jobQuery().processInstanceId(process.getId()).timers().list();
		assertThat(timers).hasSize(2);
		Job reminder = job(jobQuery().timers().activityId(REMINDER), process);
		Job deadline = job(jobQuery().timers().activityId(DEADLINE), process);
		assertThat(reminder.getDuedate().toInstant()).isEqualTo(asked.plus(10, ChronoUnit.DAYS));
		assertThat(deadline.getDuedate().toInstant()).isEqualTo(asked.plus(14, ChronoUnit.DAYS));
		assertThat(task(process).getDueDate().toInstant()).isEqualTo(asked.plus(14, ChronoUnit.DAYS));
		assertThat(organisations.get(organisation.getId()).getInfoReplyDue()).isEqualTo(asked.plus(14, ChronoUnit.DAYS));

		execute(reminder);

		assertThat(process).hasPassed(REMINDER, "remindNgo", "reminderSent").isWaitingAt(PROVIDE_INFORMATION_TASK);
		assertThat(task(process)).hasCandidateGroup("org" + organisation.getId());
		assertThat(status()).isEqualTo(OrganisationStatus.INFORMATION_REQUESTED);
		assertThat(messagesOf(ngoUser)).anySatisfy(n -> {
			assertThat(n.getSubject()).startsWith("Reminder");
			assertThat(n.getBody()).contains("Who signs for the organisation?");
		});
		assertThat(jobQuery().processInstanceId(process.getId()).timers().list()).extracting(Job::getId)
			.containsExactly(deadline.getId());

		execute(job(jobQuery().timers().activityId(DEADLINE), process));

		assertThat(process).hasPassedInOrder(DEADLINE, "returnToFundManager").isWaitingAt(VERIFY_TASK)
			.isNotWaitingAt(PROVIDE_INFORMATION_TASK);
		assertThat(task(process)).hasCandidateGroup("fundmanager");
		assertThat(taskQuery().processInstanceId(process.getId()).count()).isEqualTo(1);
		assertThat(status()).isEqualTo(OrganisationStatus.PENDING);
		assertThat(organisations.get(organisation.getId()).getInfoReplyDue()).isNull();
		assertThat(actions()).containsExactly("SIGNED_UP", "INFORMATION_REQUESTED", "REMINDER_SENT",
				"REPLY_OVERDUE");

		decide(REJECT, "No answer to our question");
		assertThat(process).hasPassed("rejectOrganisation").isEnded();
		assertThat(status()).isEqualTo(OrganisationStatus.REJECTED);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	private void decide(String decision, String note) {
		assertThat(process).isWaitingAt(VERIFY_TASK);
		steps.complete(task(process), fundManager, Map.of(DECISION, decision, NOTE, note));
	}

	private OrganisationStatus status() {
		return organisations.get(organisation.getId()).getStatus();
	}

	private List<String> actions() {
		return actionsOf(organisation);
	}

	private List<String> actionsOf(Organisation org) {
		return organisations.history(org.getId()).stream().map(OrganisationEvent::getAction).toList();
	}

	private List<Notification> messagesOf(String username) {
		return notifications.findByRecipientOrderByIdAsc(username);
	}

	private List<String> subjectsOf(String username) {
		return messagesOf(username).stream().map(Notification::getSubject).toList();
	}
}
