package org.trustfund.grants;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.trustfund.board.ProposalAwarded;
import org.trustfund.ledger.FundLedger;
import org.trustfund.shared.Money;
import org.trustfund.proposals.BoardOutcomes;
import org.trustfund.proposals.Fixtures;
import org.trustfund.proposals.Proposal;
import org.trustfund.proposals.ReviewSteps;

/**
 * Awards a proposal exactly as a Board session does: in one transaction the ledger commits the amount,
 * {@link BoardOutcomes#award} marks the proposal AWARDED and {@link ProposalAwarded} is published.
 * The proposal is brought to REVIEWED directly (its review is tested elsewhere).
 */
@Component
public class GrantFixtures {

	private final Fixtures fixtures;
	private final ReviewSteps steps;
	private final JdbcTemplate jdbc;
	private final FundLedger ledger;
	private final BoardOutcomes outcomes;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate tx;
	private final RuntimeService runtime;
	private final TaskService tasks;
	private final ManagementService management;

	GrantFixtures(Fixtures fixtures, ReviewSteps steps, JdbcTemplate jdbc, FundLedger ledger, BoardOutcomes outcomes,
			ApplicationEventPublisher events, TransactionTemplate tx, RuntimeService runtime, TaskService tasks,
			ManagementService management) {
		this.fixtures = fixtures;
		this.steps = steps;
		this.jdbc = jdbc;
		this.ledger = ledger;
		this.outcomes = outcomes;
		this.events = events;
		this.tx = tx;
		this.runtime = runtime;
		this.tasks = tasks;
		this.management = management;
	}

	public record Awarded(Fixtures.Ngo ngo, long proposalId, long grantId, String grantRef, String instanceId) {
	}

	/** A new verified NGO's proposal of {@code amount} over {@code months}, awarded. */
	public Awarded award(String amount, int months) {
		return award(fixtures.verifiedNgo("TH"), amount, months);
	}

	public Awarded award(Fixtures.Ngo ngo, String amount, int months) {
		long callId = fixtures.openCall().getId();
		Proposal p = fixtures.submitted(callId, ngo);
		jdbc.update("update proposal set status = 'REVIEWED', duration_months = ? where id = ?", months, p.getId());
		fixtures.payIntoFund(amount);
		String ref = ProposalAwarded.grantRef(p.getId());
		tx.executeWithoutResult(s -> {
			long entry = ledger.commit(ref, Money.of(amount), "Board award");
			outcomes.award(p.getId(), ref, "chair");
			events.publishEvent(new ProposalAwarded(p.getId(), callId, ngo.organisationId(), ref, Money.of(amount), 1L,
					LocalDate.now(ZoneOffset.UTC), entry));
		});
		long grantId = jdbc.queryForObject("select id from fund_grant where proposal_id = ?", Long.class, p.getId());
		ProcessInstance pi = runtime.createProcessInstanceQuery().processDefinitionKey(GrantLifecycleProcess.KEY)
			.processInstanceBusinessKey(Long.toString(grantId)).singleResult();
		return new Awarded(ngo, p.getId(), grantId, ref, pi.getId());
	}

	public org.trustfund.security.AppUser ngoUser(Awarded a) {
		return steps.user(a.ngo().username());
	}

	public org.trustfund.security.AppUser user(String username) {
		return steps.user(username);
	}

	public String fundManager() {
		return fixtures.user(org.trustfund.users.Role.FUND_MANAGER);
	}

	public Task task(String instanceId, String taskKey) {
		return steps.one(instanceId, taskKey);
	}

	/** Completes a task through the task list as {@code username} would. */
	public void complete(String instanceId, String taskKey, String username, Map<String, String> fields) {
		steps.complete(task(instanceId, taskKey), username, fields);
	}

	public void accept(Awarded a) {
		complete(a.instanceId(), GrantLifecycleProcess.ACCEPT_AGREEMENT_TASK, a.ngo().username(),
				Map.of("decision", "accept"));
	}

	public void pay(Awarded a, String fm, String amount, String bankRef) {
		complete(a.instanceId(), GrantLifecycleProcess.DISBURSE_TRANCHE_TASK, fm,
				Map.of("paidOn", LocalDate.now(new org.trustfund.processes.FundClock()).toString(), "amount", amount, "bankReference", bankRef));
	}

	/** Fires the timer that opens the report task. */
	public void openReport(Awarded a) {
		fire(a.instanceId(), GrantLifecycleProcess.REPORT_OPENS_TIMER);
	}

	public void fire(String instanceId, String activityId) {
		steps.fireTimer(instanceId, activityId);
	}

	public Job timer(String instanceId, String activityId) {
		return management.createJobQuery().processInstanceId(instanceId).activityId(activityId).singleResult();
	}

	/** A valid report: 10 women, 5 girls, shelter for 15, the given spending on every line. */
	public static Map<String, String> report(int lines, String spentPerLine) {
		Map<String, String> f = new HashMap<>(Map.of("women", "10", "girls", "5", "men", "0", "boys", "0",
				"service_BASIC_SHELTER", "15", "service_LEGAL_ADVICE", "4", "narrative", "We sheltered 15 survivors."));
		for (int i = 0; i < lines; i++) {
			f.put("spent" + i, spentPerLine);
		}
		return f;
	}

	public void submitReport(Awarded a, Map<String, String> fields) {
		complete(a.instanceId(), GrantLifecycleProcess.SUBMIT_REPORT_TASK, a.ngo().username(), fields);
	}

	public void review(Awarded a, String fm, String decision, String note) {
		complete(a.instanceId(), GrantLifecycleProcess.REVIEW_REPORT_TASK, fm, Map.of("decision", decision, "note", note));
	}

	public List<Task> open(String instanceId, String taskKey) {
		return tasks.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(taskKey).list();
	}
}
