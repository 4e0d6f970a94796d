package org.trustfund.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.trustfund.IntegrationTest;
import org.trustfund.TestData;
import org.trustfund.organisations.OnboardingProcess;
import org.trustfund.organisations.Organisation;
import org.trustfund.organisations.OrganisationService;
import org.trustfund.security.AppUser;
import org.trustfund.users.Role;
import org.trustfund.users.UserService;

/**
 * The task lists' read model follows the engine on every path (create, claim, give back, due date and
 * candidate group changes, complete, a process deleted with or without its listeners) and is rebuilt from the
 * engine when it is missing, of another version, or out of step.
 */
@IntegrationTest
class TaskListReadModelTest {

	@Autowired OrganisationService organisations;
	@Autowired UserService users;
	@Autowired UserDetailsService details;
	@Autowired TaskService tasks;
	@Autowired RuntimeService runtime;
	@Autowired TaskListService taskList;
	@Autowired TaskListModel model;
	@Autowired TaskListRebuild rebuild;
	@Autowired JdbcTemplate jdbc;
	@Autowired PlatformTransactionManager transactions;

	private AppUser manager;
	private Organisation organisation;

	@BeforeEach
	void organisationWaitingForVerification() {
		String fm = TestData.unique("rm_fm");
		TestData.staff(users, fm, Role.FUND_MANAGER);
		manager = (AppUser) details.loadUserByUsername(fm);
		organisation = organisations.signUp(TestData.signUp(TestData.unique("rm_ngo"), "Read Model " + fm),
				TestData.pdf());
	}

	@Test
	void createdTaskIsOfferedToItsGroupWithWhatItConcerns() {
		Task verify = openTask();
		assertThat(audiences(verify.getId())).containsExactly("g:fundmanager");
		Map<String, Object> entry = entry(verify.getId());
		assertThat(entry.get("TASK_KEY")).isEqualTo("verifyOrganisation");
		assertThat(entry.get("PROCESS_KEY")).isEqualTo(OnboardingProcess.KEY);
		assertThat(entry.get("BUSINESS_KEY")).isEqualTo(organisation.getId().toString());
		assertThat(entry.get("SUBJECT_LABEL")).isEqualTo(organisation.getName());
		assertThat(entry.get("SUBJECT_LINK")).isEqualTo("/organisations/" + organisation.getId());
		assertThat(model.matchesEngine()).isTrue();
	}

	@Test
	void claimGiveBackAndComplete() {
		String id = openTask().getId();
		taskList.claim(id, manager);
		assertThat(audiences(id)).containsExactly("u:" + manager.getUsername());
		assertThat(entry(id).get("ASSIGNEE")).isEqualTo(manager.getUsername());
		assertThat(model.matchesEngine()).isTrue();

		taskList.unclaim(id, manager);
		assertThat(audiences(id)).containsExactly("g:fundmanager");
		assertThat(entry(id).get("ASSIGNEE")).isNull();

		taskList.complete(id, Map.of("decision", "approve"), manager);
		assertThat(audiences(id)).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from task_list_entry where task_id = ?", Integer.class, id))
			.isZero();
		assertThat(model.matchesEngine()).isTrue();
	}

	@Test
	void dueDateAndCandidateGroupChangesFollow() {
		String id = openTask().getId();
		Instant due = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
		Task task = tasks.createTaskQuery().taskId(id).singleResult();
		task.setDueDate(Date.from(due));
		tasks.saveTask(task);
		assertThat(jdbc.queryForObject("select due_at from task_list_entry where task_id = ?", Timestamp.class, id)
			.toInstant()).isEqualTo(due);
		assertThat(jdbc.queryForObject("select due_key from task_list_audience where task_id = ?", Timestamp.class, id)
			.toInstant()).isEqualTo(due);

		tasks.addCandidateGroup(id, "admin");
		assertThat(audiences(id)).containsExactlyInAnyOrder("g:fundmanager", "g:admin");
		tasks.deleteCandidateGroup(id, "fundmanager");
		assertThat(audiences(id)).containsExactly("g:admin");
		assertThat(taskList.list(manager, TaskFilter.ALL.onPage(1)).tasks()).extracting(TaskView::id)
			.doesNotContain(id);
	}

	@Test
	void deletedProcessTakesItsTasksAlongEvenSkippingListeners() {
		String first = openTask().getId();
		runtime.deleteProcessInstance(openTask().getProcessInstanceId(), "test: cancelled");
		assertThat(audiences(first)).isEmpty();

		Organisation other = organisations.signUp(TestData.signUp(TestData.unique("rm_ngo")), TestData.pdf());
		Task second = tasks.createTaskQuery().processDefinitionKey(OnboardingProcess.KEY)
			.processInstanceBusinessKey(other.getId().toString()).singleResult();
		runtime.deleteProcessInstance(second.getProcessInstanceId(), "test: cancelled", true);
		assertThat(audiences(second.getId())).isEmpty();
		assertThat(model.matchesEngine()).isTrue();
	}

	@Test
	void rebuiltFromTheEngineWhenMissingOutdatedOrOutOfStep() {
		String id = openTask().getId();
		TransactionTemplate transaction = new TransactionTemplate(transactions);

		// A database from before the read model: its tables empty, no version.
		jdbc.update("delete from task_list_audience");
		jdbc.update("delete from task_list_entry");
		jdbc.update("delete from task_list_state");
		assertThat(model.matchesEngine()).isFalse();
		transaction.executeWithoutResult(s -> rebuild.run());
		assertThat(model.matchesEngine()).isTrue();
		assertThat(audiences(id)).containsExactly("g:fundmanager");
		assertThat(entry(id).get("SUBJECT_LABEL")).as("subject written after the rebuild commits")
			.isEqualTo(organisation.getName());

		// Another format version.
		jdbc.update("update task_list_state set version = ?", TaskListModel.VERSION + 1);
		assertThat(model.matchesEngine()).isFalse();
		transaction.executeWithoutResult(s -> rebuild.run());
		assertThat(jdbc.queryForObject("select version from task_list_state", Integer.class))
			.isEqualTo(TaskListModel.VERSION);

		// Out of step: a task missing, a stale assignee, a task the engine no longer has.
		jdbc.update("update task_list_entry set assignee = 'somebody' where task_id = ?", id);
		assertThat(model.matchesEngine()).isFalse();
		transaction.executeWithoutResult(s -> rebuild.run());
		assertThat(entry(id).get("ASSIGNEE")).isNull();
		jdbc.update("insert into task_list_entry (task_id, task_key, process_key, created_at) values "
				+ "('gone', 'x', 'y', current_timestamp)");
		assertThat(model.matchesEngine()).isFalse();
		transaction.executeWithoutResult(s -> rebuild.run());
		assertThat(jdbc.queryForObject("select count(*) from task_list_entry where task_id = 'gone'", Integer.class))
			.isZero();
		assertThat(model.matchesEngine()).isTrue();
	}

	private Task openTask() {
		return tasks.createTaskQuery().processDefinitionKey(OnboardingProcess.KEY)
			.processInstanceBusinessKey(organisation.getId().toString()).singleResult();
	}

	private List<String> audiences(String taskId) {
		return jdbc.queryForList("select audience from task_list_audience where task_id = ?", String.class, taskId);
	}

	private Map<String, Object> entry(String taskId) {
		return jdbc.queryForMap("select * from task_list_entry where task_id = ?", taskId);
	}
}
