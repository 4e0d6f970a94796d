package org.trustfund.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.trustfund.IntegrationTest;
import org.trustfund.TestData;
import org.trustfund.organisations.OnboardingProcess;
import org.trustfund.organisations.Organisation;
import org.trustfund.organisations.OrganisationService;
import org.trustfund.security.AppUser;
import org.trustfund.users.Role;
import org.trustfund.users.UserService;
import org.trustfund.shared.ValidationException;

/** What {@link TaskListService#complete} records of a completed task, and that invalid input records nothing. */
@IntegrationTest
class TaskCompletionsTest {

	@Autowired TaskListService taskList;
	@Autowired TaskCompletionRecords records;
	@Autowired TaskService tasks;
	@Autowired OrganisationService organisations;
	@Autowired UserService users;
	@Autowired UserDetailsService userDetails;
	@Autowired Clock clock;

	Organisation organisation;
	AppUser fundManager;

	@BeforeEach
	void pendingOrganisation() {
		String fm = TestData.unique("tc_fm");
		TestData.staff(users, fm, Role.FUND_MANAGER);
		fundManager = (AppUser) userDetails.loadUserByUsername(fm);
		organisation = organisations.signUp(TestData.signUp(TestData.unique("tc_ngo")), TestData.pdf());
	}

	@Test
	void recordsTheLoggedInUserTheTimeAndTheValidatedFieldsOnly() {
		Task verify = verifyTask();

		taskList.complete(verify.getId(), new HashMap<>(Map.of(OnboardingProcess.DECISION,
				OnboardingProcess.REQUEST_INFORMATION, OnboardingProcess.NOTE, "  Please send your statutes ", "actor",
				"trustee3", "organisationId", "1")), fundManager);

		TaskCompletion recorded = records.findFirstByProcessInstanceIdAndTaskKeyOrderByIdDesc(
				verify.getProcessInstanceId(), OnboardingProcess.VERIFY_TASK).orElseThrow();
		assertThat(recorded.getActor()).isEqualTo(fundManager.getUsername());
		assertThat(recorded.getBusinessKey()).isEqualTo(organisation.getId().toString());
		assertThat(recorded.getTaskKey()).isEqualTo(OnboardingProcess.VERIFY_TASK);
		assertThat(recorded.fields()).containsExactlyInAnyOrderEntriesOf(Map.of(OnboardingProcess.DECISION,
				OnboardingProcess.REQUEST_INFORMATION, OnboardingProcess.NOTE, "Please send your statutes"));
		assertThat(recorded.note()).isEqualTo("Please send your statutes");
		assertThat(Duration.between(recorded.getCompletedAt(), clock.instant()).abs()).isLessThan(Duration.ofMinutes(1));
		assertThatThrownBy(() -> recorded.expect(OnboardingProcess.DECISION, OnboardingProcess.REJECT))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void invalidInputRecordsNothingAndLeavesTheTaskOpen() {
		Task verify = verifyTask();

		assertThatThrownBy(() -> taskList.complete(verify.getId(), new HashMap<>(Map.of(OnboardingProcess.DECISION,
				OnboardingProcess.REJECT, OnboardingProcess.NOTE, " ")), fundManager))
			.isInstanceOf(ValidationException.class);

		assertThat(records.findFirstByProcessInstanceIdAndTaskKeyOrderByIdDesc(verify.getProcessInstanceId(),
				OnboardingProcess.VERIFY_TASK)).isEmpty();
		assertThat(tasks.createTaskQuery().taskId(verify.getId()).singleResult()).isNotNull();
	}

	private Task verifyTask() {
		return tasks.createTaskQuery().processDefinitionKey(OnboardingProcess.KEY)
			.processInstanceBusinessKey(organisation.getId().toString()).singleResult();
	}
}
