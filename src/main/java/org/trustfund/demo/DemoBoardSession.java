package org.trustfund.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.trustfund.calls.AssistanceService;
import org.trustfund.calls.Call;
import org.trustfund.calls.CallForm;
import org.trustfund.calls.CallProcess;
import org.trustfund.calls.CallService;
import org.trustfund.calls.CallStatus;
import org.trustfund.calls.TargetGroup;
import org.trustfund.organisations.OnboardingProcess;
import org.trustfund.organisations.Organisation;
import org.trustfund.organisations.OrganisationService;
import org.trustfund.organisations.SignUp;
import org.trustfund.files.Upload;
import org.trustfund.proposals.BudgetCategory;
import org.trustfund.proposals.Proposal;
import org.trustfund.proposals.ProposalForm;
import org.trustfund.proposals.ProposalService;
import org.trustfund.proposals.ReviewProcess;
import org.trustfund.security.AppUser;
import org.trustfund.setup.StartupStep;
import org.trustfund.tasks.TaskListService;
import org.trustfund.board.session.BoardSession;
import org.trustfund.board.session.SessionKind;
import org.trustfund.board.session.SessionService;
import org.trustfund.users.UserService;

/**
 * Demo profile only: a call whose three proposals went through screening and technical review the way
 * people would do it (through the task forms), ranked and handed to the Board, with a Board session
 * convened on it; trustees find their voting task when they log in. Two demo NGOs join for it: ngo3
 * (Kenya) and ngo4 (Panama, whose trustee is recused automatically). It runs once, in the background,
 * because the call's submission deadline must pass first (about two minutes after the first start).
 */
@Component
@Profile("demo")
@Order(12)
class DemoBoardSession implements StartupStep {

	static final String TITLE = "Emergency shelter and legal aid 2026";
	private static final Logger log = LoggerFactory.getLogger(DemoBoardSession.class);
	private static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");
	private static final Duration PATIENCE = Duration.ofMinutes(5);

	private final Clock clock;
	private final CallService calls;
	private final ProposalService proposals;
	private final OrganisationService organisations;
	private final UserService users;
	private final TaskService tasks;
	private final TaskListService taskList;
	private final UserDetailsService userDetails;
	private final SessionService sessions;

	DemoBoardSession(CallService calls, ProposalService proposals, OrganisationService organisations,
			UserService users, TaskService tasks, TaskListService taskList, UserDetailsService userDetails,
			SessionService sessions, Clock clock) {
		this.clock = clock;
		this.calls = calls;
		this.proposals = proposals;
		this.organisations = organisations;
		this.users = users;
		this.tasks = tasks;
		this.taskList = taskList;
		this.userDetails = userDetails;
		this.sessions = sessions;
	}

	/**
	 * Under the start-up lock: the two NGOs (their existence marks the work as taken, so another node starting
	 * at the same moment leaves it alone); the rest runs in the background once they are committed.
	 */
	@Override
	public void run() {
		if (users.find("ngo1").isEmpty() || users.find("ngo3").isPresent()) {
			return;
		}
		long ngo3 = verifiedNgo("Tumaini Shelter Network", "KE", "KE-CBO-2011-88", "ngo3");
		long ngo4 = verifiedNgo("Casa Esperanza Panama", "PA", "PA-ONG-4471", "ngo4");
		Thread worker = new Thread(() -> prepare(ngo3, ngo4), "demo-board-session");
		worker.setDaemon(true);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				worker.start();
			}
		});
	}

	private void prepare(long ngo3, long ngo4) {
		try {
			log.info("Demo: preparing a call for the Board ('{}'); its voting tasks appear in about two minutes", TITLE);
			LocalDateTime deadline = LocalDateTime.now(clock.withZone(VIENNA)).withSecond(0).withNano(0).plusMinutes(2);
			Call call = calls.draft(new CallForm(TITLE, "Shelter, psychosocial care and legal aid for women and children "
					+ "who escaped trafficking.", LocalDate.now(clock.withZone(VIENNA)).minusDays(1), deadline, VIENNA.getId(),
					Set.of("AFRICA", "ASIA", "AMERICAS"), EnumSet.of(TargetGroup.WOMEN, TargetGroup.GIRLS,
							TargetGroup.SEXUAL_EXPLOITATION),
					EnumSet.allOf(AssistanceService.class), new BigDecimal("60000.00"), 36, new BigDecimal("150000.00"),
					List.of("Relevance to the fund's mandate", "Quality of direct assistance",
							"Capacity of the organisation", "Realistic budget"),
					60, deadline.toLocalDate().plusMonths(12)), "fundmanager");
			calls.publish(call.getId(), "fundmanager");
			List<Proposal> submitted = List.of(
					submit(call, users.get("ngo1").getOrganisationId(), "ngo1", "Legal aid for trafficked women in Bangkok",
							"TH", "45000.00"),
					submit(call, ngo3, "ngo3", "Shelter and counselling in Mombasa", "KE", "40000.00"),
					submit(call, ngo4, "ngo4", "Court accompaniment for child victims in Panama", "PA", "30000.00"));
			for (Proposal p : submitted) {
				String key = p.getId().toString();
				complete(await(() -> task(key, ReviewProcess.SCREEN_TASK)), "fundmanager",
						Map.of(ReviewProcess.DECISION, ReviewProcess.ACCEPT, ReviewProcess.NOTE, ""));
			}
			for (int i = 0; i < submitted.size(); i++) {
				review(submitted.get(i).getId().toString(), i == 2 ? 3 : 4);
			}
			Task recommend = await(() -> task(call.getId().toString(), CallProcess.PREPARE_RECOMMENDATION_TASK));
			complete(recommend, "fundmanager", Map.of());
			await(() -> calls.get(call.getId()).getStatus() == CallStatus.READY_FOR_BOARD ? true : null);
			BoardSession session = sessions.convene(call.getId(), SessionKind.MEETING, "fundmanager");
			log.info("Demo: Board session {} is open: trustee1 .. trustee5 have a voting task", session.getId());
		}
		catch (RuntimeException e) {
			log.warn("Demo: the Board session could not be prepared: {}", e.getMessage(), e);
		}
	}

	private long verifiedNgo(String name, String country, String registration, String username) {
		Organisation org = organisations.signUp(new SignUp(name, country, registration, "1 Example Road",
				name + " contact", username + "@ngo.example", "+1 555 0100", name, "Example Bank",
				"GB29NWBK60161331926819", "NWBKGB2L", username, "demo"), Upload.of("registration.pdf",
						"application/pdf", "%PDF-1.4\n% demo registration certificate\n%%EOF\n".getBytes()));
		Task verify = await(() -> tasks.createTaskQuery().processDefinitionKey(OnboardingProcess.KEY).processInstanceBusinessKey(org.getId().toString())
			.singleResult());
		complete(verify, "fundmanager", Map.of(OnboardingProcess.DECISION, OnboardingProcess.APPROVE));
		return org.getId();
	}

	private Proposal submit(Call call, long organisationId, String username, String title, String country,
			String amount) {
		BigDecimal total = new BigDecimal(amount);
		BigDecimal staff = total.multiply(new BigDecimal("0.6")).setScale(2);
		Proposal p = proposals.draft(call.getId(), organisationId, new ProposalForm(title, country,
				EnumSet.of(TargetGroup.WOMEN, TargetGroup.SEXUAL_EXPLOITATION),
				EnumSet.of(AssistanceService.BASIC_SHELTER, AssistanceService.LEGAL_ADVICE,
						AssistanceService.PSYCHOSOCIAL_SUPPORT),
				50, total, 24, title + ": direct assistance by a specialised team, with case management and follow-up.",
				username + " contact", username + "@ngo.example",
				List.of(new ProposalForm.Line(BudgetCategory.STAFF, "Case workers and lawyers", staff),
						new ProposalForm.Line(BudgetCategory.SHELTER, "Shelter and daily needs", total.subtract(staff)))),
				username);
		proposals.attach(p.getId(), DemoWorkPlan.of(title), username);
		return proposals.submit(p.getId(), username);
	}

	/** Both reviewers declare no conflict and score every criterion alike (no moderation needed). */
	private void review(String proposalKey, int score) {
		for (Task declare : await(() -> tasksOrNull(proposalKey, ReviewProcess.DECLARE_CONFLICT_TASK))) {
			complete(declare, declare.getAssignee(), Map.of(ReviewProcess.CONFLICTED, "false", ReviewProcess.NOTE, ""));
		}
		for (Task sheet : await(() -> tasksOrNull(proposalKey, ReviewProcess.SCORE_TASK))) {
			Map<String, String> fields = new HashMap<>();
			for (int i = 0; i < 4; i++) {
				fields.put("score" + i, Integer.toString(score + (i == 1 ? 1 : 0)));
				fields.put("comment" + i, "");
			}
			fields.put(ReviewProcess.COMMENTS, "Sound plan with a qualified team.");
			complete(sheet, sheet.getAssignee(), fields);
		}
	}

	private Task task(String businessKey, String taskKey) {
		return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey).singleResult();
	}

	private List<Task> tasksOrNull(String businessKey, String taskKey) {
		List<Task> found = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey)
			.list();
		return found.size() < 2 ? null : found;
	}

	private void complete(Task task, String username, Map<String, String> fields) {
		taskList.complete(task.getId(), new HashMap<>(fields), (AppUser) userDetails.loadUserByUsername(username));
	}

	/** Waits for the job executor (timers, async steps) to bring the processes to the next step. */
	private static <T> T await(Supplier<T> probe) {
		long until = System.nanoTime() + PATIENCE.toNanos();
		while (System.nanoTime() < until) {
			T value = probe.get();
			if (value != null) {
				return value;
			}
			try {
				Thread.sleep(1000);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted", e);
			}
		}
		throw new IllegalStateException("A demo step did not happen within " + PATIENCE.toMinutes() + " minutes");
	}
}
