package org.trustfund.browser;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.MessageSource;
import org.trustfund.TestData;
import org.trustfund.board.BoardSessionProcess;
import org.trustfund.board.BoardTermProcess;
import org.trustfund.board.session.Ballot;
import org.trustfund.board.session.BoardSession;
import org.trustfund.board.session.SessionFixtures;
import org.trustfund.board.session.SessionKind;
import org.trustfund.board.session.SessionService;
import org.trustfund.calls.CallProcess;
import org.trustfund.calls.CallService;
import org.trustfund.donors.Donor;
import org.trustfund.donors.DonorForm;
import org.trustfund.donors.DonorKind;
import org.trustfund.donors.DonorService;
import org.trustfund.donors.Pledge;
import org.trustfund.donors.PledgeFollowUpProcess;
import org.trustfund.donors.PledgeForm;
import org.trustfund.donors.PledgeService;
import org.trustfund.grants.Amendment;
import org.trustfund.grants.AmendmentService;
import org.trustfund.grants.GrantAmendmentProcess;
import org.trustfund.grants.GrantFixtures;
import org.trustfund.grants.GrantFixtures.Awarded;
import org.trustfund.grants.GrantLifecycleProcess;
import org.trustfund.grants.GrantService;
import org.trustfund.history.HistoryImports;
import org.trustfund.organisations.OnboardingProcess;
import org.trustfund.processes.FundClock;
import org.trustfund.proposals.Fixtures;
import org.trustfund.proposals.ProposalService;
import org.trustfund.proposals.Recommendation;
import org.trustfund.proposals.ReviewProcess;
import org.trustfund.proposals.ReviewSteps;
import org.trustfund.users.Role;
import org.trustfund.users.UserService;
import org.springframework.stereotype.Component;

/**
 * Something on every kind of page for every role, made through the fixtures of the other tests. For the NGO
 * member: a grant with its progress report to submit, one with its agreement to accept, a proposal with the
 * secretariat's question to answer, a draft, and an open call to apply to. For the fund manager: a grant to pay,
 * a report to review, a proposal to screen, a draft call, a donor with a pledge. Two reviewers (one scoring a
 * proposal, one to declare a conflict), and a Board voting in a session. {@link #make} moves the engine's clock
 * into a future year (for the Board): reset it afterwards.
 */
@Component
class CrawlData {

	/**
	 * Who logs in: a name for the report, the username, the password, where the crawl starts, and how many kinds
	 * of page it visits at most (0: the crawl's own limit; a small number keeps to the start pages).
	 */
	record Visitor(String role, String username, String password, List<String> starts, int maxPages) {

		Visitor(String role, String username, String password, List<String> starts) {
			this(role, username, password, starts, 0);
		}
	}

	private final Fixtures fixtures;
	private final GrantFixtures grants;
	private final ReviewSteps steps;
	private final SessionFixtures sessions;
	private final SessionService sessionService;
	private final DonorService donors;
	private final PledgeService pledges;
	private final UserService users;
	private final ProposalService proposals;
	private final CallService calls;
	private final AmendmentService amendments;
	private final GrantService grantService;
	private final HistoryImports history;
	private final RuntimeService runtime;
	private final TaskService tasks;
	private final ManagementService management;
	private final MessageSource messages;

	CrawlData(Fixtures fixtures, GrantFixtures grants, ReviewSteps steps, SessionFixtures sessions,
			SessionService sessionService, DonorService donors, PledgeService pledges, UserService users,
			ProposalService proposals, CallService calls, AmendmentService amendments, GrantService grantService,
			HistoryImports history, RuntimeService runtime, TaskService tasks, ManagementService management,
			MessageSource messages) {
		this.amendments = amendments;
		this.grantService = grantService;
		this.history = history;
		this.runtime = runtime;
		this.tasks = tasks;
		this.management = management;
		this.messages = messages;
		this.fixtures = fixtures;
		this.grants = grants;
		this.steps = steps;
		this.sessions = sessions;
		this.sessionService = sessionService;
		this.donors = donors;
		this.pledges = pledges;
		this.users = users;
		this.proposals = proposals;
		this.calls = calls;
	}

	/** Makes the data; returns the visitors: admin, fund manager, NGO member, reviewers, chair, trustee. */
	List<Visitor> make() {
		String fm = grants.fundManager();
		String admin = fixtures.user(Role.ADMIN);
		Fixtures.Ngo ngo = fixtures.verifiedNgo("TH");

		Awarded reporting = grants.award(ngo, "40000.00", 24);
		grants.accept(reporting);
		grants.pay(reporting, fm, "20000.00", "A11Y-" + reporting.grantId());
		grants.openReport(reporting);
		grants.award(ngo, "15000.00", 12);
		Awarded toPay = grants.award(ngo, "12000.00", 12);
		grants.accept(toPay);
		Awarded reported = grants.award(ngo, "30000.00", 24);
		grants.accept(reported);
		grants.pay(reported, fm, "15000.00", "A11Y-" + reported.grantId());
		grants.openReport(reported);
		grants.submitReport(reported, GrantFixtures.report(2, "1000.00"));

		String toScreen = fixtures.reviewOf(fixtures.submitted(fixtures.openCall().getId(), ngo).getId()).getId();
		String asked = fixtures.reviewOf(fixtures.submitted(fixtures.openCall().getId(), ngo).getId()).getId();
		steps.screen(asked, fm, "clarify", "Which city is the shelter in?");
		long open = fixtures.openCall().getId();
		long draft = proposals.draft(fixtures.openCall().getId(), ngo.organisationId(),
				Fixtures.proposalForm("TH", "20000.00"), ngo.username()).getId();
		long draftCall = calls.draft(Fixtures.callForm(), fm).getId();

		Donor donor = donors.create(new DonorForm("Crawl donor " + Fixtures.unique("d"), DonorKind.FOUNDATION, "AT",
				false, "Anna Donor", "anna@donor.example", ""), fm);
		Pledge pledge = pledges.create(new PledgeForm(donor.getId(), new BigDecimal("5000.00"), "EUR",
				LocalDate.now(new FundClock()).plusMonths(2), null), fm);

		// the fund manager's task forms that need a process to have gone some way, and a past import
		Task decideAmendment = amendment(reporting);
		Task followUpPledge = followUp(pledge);
		history.importFile("donors", "crawl-donors.csv", ("reference,name,kind,country,anonymous\n"
				+ Fixtures.unique("D-CRAWL-").toUpperCase(Locale.ROOT) + ",Crawl Trust,foundation,AT,no\n")
			.getBytes(StandardCharsets.UTF_8), fm);
		grants.fire(reporting.instanceId(), GrantLifecycleProcess.REPORT_ESCALATION_TIMER);
		Task followUpReport = grants.task(reporting.instanceId(), GrantLifecycleProcess.FOLLOW_UP_OVERDUE_TASK);
		Task recommend = recommendation(ngo, fm);
		List<String> reviewers = reviewers();
		Task moderate = moderation(ngo, fm);
		Task findReviewer = findReviewer(ngo, fm);
		Visitor applicant = applicant(fm);
		// a past Board's term, at the time to call for nominations to the next (before board(), which sets the
		// clock to its own year)
		Task callForNominations = nominationsDue(sessions.board().termId());

		List<Visitor> visitors = new ArrayList<>();
		reviewers.forEach(r -> visitors.add(new Visitor("reviewer", r, TestData.PASSWORD, List.of("/"))));
		Board board = board(fm);
		visitors.add(new Visitor("admin", admin, Fixtures.PASSWORD, List.of("/", start(board.appoint()))));
		visitors.add(new Visitor("fundmanager", fm, Fixtures.PASSWORD, List.of("/", "/calls/" + draftCall + "/edit",
				"/reserve/" + board.reserveCall(), start(moderate), start(findReviewer), start(decideAmendment),
				start(followUpPledge), start(followUpReport), start(recommend), start(callForNominations),
				// forms the home page and task list link to as well, named here since the fund manager's list may
				// run to pages the crawl does not follow when other test classes of the JVM gave the fund manager
				// tasks first
				start(steps.one(toScreen, ReviewProcess.SCREEN_TASK)),
				start(grants.task(toPay.instanceId(), GrantLifecycleProcess.DISBURSE_TRANCHE_TASK)),
				start(grants.task(reported.instanceId(), GrantLifecycleProcess.REVIEW_REPORT_TASK)))));
		visitors.add(new Visitor("ngo", ngo.username(), Fixtures.PASSWORD,
				List.of("/", "/calls/" + open + "/proposals/new", "/proposals/" + draft + "/edit")));
		visitors.add(applicant);
		visitors.add(new Visitor("chair", board.chair(), Fixtures.PASSWORD, List.of("/", start(board.sign()),
				"/board/sessions/" + board.closedSession() + "/minutes")));
		visitors.add(new Visitor("trustee", board.trustee(), Fixtures.PASSWORD, List.of("/")));
		return visitors;
	}

	/** Fires the timer of a Board term's process: the fund manager's task to call for nominations waits. */
	private Task nominationsDue(long termId) {
		String instance = runtime.createProcessInstanceQuery().processDefinitionKey(BoardTermProcess.KEY)
			.processInstanceBusinessKey(Long.toString(termId)).singleResult().getId();
		steps.fireTimer(instance, BoardTermProcess.NOMINATIONS_DUE_TIMER);
		return steps.one(instance, BoardTermProcess.CALL_FOR_NOMINATIONS_TASK);
	}

	/** The fund manager has called for nominations: the administrator's task to record the new Board waits. */
	private Task called(Task callForNominations, String fm) {
		steps.complete(callForNominations, fm, Map.of("note", "Member States invited by letter"));
		return steps.one(callForNominations.getProcessInstanceId(), BoardTermProcess.APPOINT_NEW_BOARD_TASK);
	}

	/**
	 * A call whose one proposal was rejected at screening, past its deadline: the fund manager prepares the
	 * recommendation.
	 */
	private Task recommendation(Fixtures.Ngo ngo, String fm) {
		long call = fixtures.openCall().getId();
		String review = fixtures.reviewOf(fixtures.submitted(call, ngo).getId()).getId();
		steps.screen(review, fm, "reject", "Not direct assistance to victims");
		steps.runJobs(review);
		String instance = fixtures.callInstance(call);
		steps.fireTimer(instance, CallProcess.SUBMISSION_DEADLINE);
		return steps.one(instance, CallProcess.PREPARE_RECOMMENDATION_TASK);
	}

	/**
	 * A member of an organisation still being verified, whom the fund manager asked for more information: the
	 * visitor sees only the home page and that task's form (the rest of an NGO's pages the NGO member's crawl
	 * checks).
	 */
	private Visitor applicant(String fm) {
		Fixtures.Ngo applicant = fixtures.ngo("KE");
		String instance = runtime.createProcessInstanceQuery().processDefinitionKey(OnboardingProcess.KEY)
			.processInstanceBusinessKey(Long.toString(applicant.organisationId())).singleResult().getId();
		steps.complete(steps.one(instance, OnboardingProcess.VERIFY_TASK), fm, Map.of(OnboardingProcess.DECISION,
				OnboardingProcess.REQUEST_INFORMATION, OnboardingProcess.NOTE, "Please send a letter from your bank"));
		Task provide = steps.one(instance, OnboardingProcess.PROVIDE_INFORMATION_TASK);
		return new Visitor("applicant", applicant.username(), Fixtures.PASSWORD, List.of("/", start(provide)), 2);
	}

	/**
	 * A start page for a task's form, with the task's name as the task list's link shows it in English (the
	 * crawler tells tasks apart by that name: see {@link SiteCrawler#crawl}).
	 */
	private String start(Task task) {
		return "/tasks/" + task.getId() + " "
				+ messages.getMessage("task." + task.getTaskDefinitionKey(), null, task.getName(), Locale.ENGLISH);
	}

	/** The NGO asks to extend its active grant: the fund manager's decision waits. */
	private Task amendment(Awarded active) {
		LocalDate end = grantService.get(active.grantId()).getEndsOn();
		Amendment amendment = amendments.request(active.grantId(), new AmendmentService.Request(
				Amendment.Kind.EXTENSION, end.plusDays(90), null, "Court cases take longer than planned"),
				grants.ngoUser(active));
		return tasks.createTaskQuery().processDefinitionKey(GrantAmendmentProcess.KEY)
			.processInstanceBusinessKey(amendment.getId().toString()).singleResult();
	}

	/** The pledge's expected day is taken as past (its timer fires now): the follow-up task waits. */
	private Task followUp(Pledge pledge) {
		ProcessInstance instance = runtime.createProcessInstanceQuery()
			.processDefinitionKey(PledgeFollowUpProcess.KEY).processInstanceBusinessKey(pledge.getId().toString())
			.singleResult();
		management.executeJob(management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult()
			.getId());
		return steps.one(instance.getId(), PledgeFollowUpProcess.FOLLOW_UP_TASK);
	}

	/** A proposal whose two reviews are far apart: the fund manager settles the final score. */
	private Task moderation(Fixtures.Ngo ngo, String fm) {
		String pid = fixtures.reviewOf(fixtures.submitted(fixtures.openCall().getId(), ngo).getId()).getId();
		steps.screen(pid, fm, "accept", "");
		steps.open(pid, ReviewProcess.DECLARE_CONFLICT_TASK).forEach(t -> steps.declare(t, false, ""));
		List<Task> scoring = steps.open(pid, ReviewProcess.SCORE_TASK);
		steps.score(scoring.get(0), 1, 1, 1);
		steps.score(scoring.get(1), 5, 5, 5);
		return steps.one(pid, ReviewProcess.MODERATE_TASK);
	}

	/**
	 * A proposal every reviewer declares a conflict with: the fund manager finds another. Every reviewer in the
	 * database is asked in turn (other tests' too), at most 500.
	 */
	private Task findReviewer(Fixtures.Ngo ngo, String fm) {
		String pid = fixtures.reviewOf(fixtures.submitted(fixtures.openCall().getId(), ngo).getId()).getId();
		steps.screen(pid, fm, "accept", "");
		List<Task> declarations;
		for (int i = 0; i < 500 && !(declarations = steps.open(pid, ReviewProcess.DECLARE_CONFLICT_TASK)).isEmpty();
				i++) {
			steps.declare(declarations.get(0), true, "I advised this NGO");
		}
		return steps.open(pid, ReviewProcess.FIND_REVIEWER_TASK).get(0);
	}
	/**
	 * A proposal screened in, so that two reviewers of ours are assigned: the first declares no conflict and
	 * has the scoring task, the second still has the declaration. Their names start with a digit so that, among
	 * reviewers with nothing to do, they come first in the assignment's order (other tests' reviewers share the
	 * database).
	 */
	private List<String> reviewers() {
		String first = TestData.unique("0a11y_rev");
		String second = TestData.unique("0a11y_rev");
		TestData.staff(users, first, Role.REVIEWER);
		TestData.staff(users, second, Role.REVIEWER);
		Fixtures.Ngo ngo = fixtures.verifiedNgo("TH");
		String pid = fixtures.reviewOf(fixtures.submitted(fixtures.openCall().getId(), ngo).getId()).getId();
		steps.screen(pid, grants.fundManager(), "accept", "");
		List<Task> declarations = steps.open(pid, ReviewProcess.DECLARE_CONFLICT_TASK);
		List<String> assigned = declarations.stream().map(Task::getAssignee).toList();
		if (!assigned.contains(first) || !assigned.contains(second)) {
			throw new IllegalStateException("Expected our reviewers to be assigned, but were " + assigned);
		}
		steps.declare(declarations.stream().filter(t -> t.getAssignee().equals(first)).findFirst().orElseThrow(),
				false, "");
		return List.of(first, second);
	}

	/**
	 * The Board of {@link #board}: its chair and trustee; the chair's signature task of a session whose votes are
	 * in; a session signed and closed (its minutes); the call whose reserve list that session opened; the
	 * administrator's task to record the Board that follows it.
	 */
	record Board(String chair, String trustee, Task sign, long closedSession, long reserveCall, Task appoint) {
	}

	/**
	 * A Board of two (chair and trustee) voting in a session on a call with three ranked proposals; a second
	 * session, on one proposal, with both votes cast (the chair signs); a third, on a proposal recommended for
	 * the reserve list, signed and applied: the proposal is on its call's reserve list. The fund manager has
	 * called for nominations to the next Board.
	 */
	private Board board(String fm) {
		SessionFixtures.Board board = sessions.board("AT", "NG");
		Task appoint = called(nominationsDue(board.termId()), fm);
		long call = sessions.readyCall();
		long org = sessions.ngo().organisationId();
		sessions.proposal(call, org, "TH", "12000.00", 1, Recommendation.FUND);
		sessions.proposal(call, org, "KE", "8000.00", 2, Recommendation.RESERVE);
		sessions.proposal(call, org, "NG", "30000.00", 3, Recommendation.REJECT);
		sessionService.convene(call, SessionKind.MEETING, "fundmanager");

		long toSign = sessions.readyCall();
		BoardSession signing = votedOn(board, toSign,
				sessions.proposal(toSign, org, "TH", "9000.00", 1, Recommendation.FUND));
		Task sign = steps.one(instance(signing), BoardSessionProcess.SIGN_OUTCOME_TASK);

		long reserveCall = sessions.readyCall();
		BoardSession closed = votedOn(board, reserveCall,
				sessions.proposal(reserveCall, org, "KE", "7000.00", 1, Recommendation.RESERVE));
		steps.complete(steps.one(instance(closed), BoardSessionProcess.SIGN_OUTCOME_TASK), board.chair(),
				Map.of("note", "Signed at the meeting"));
		steps.runJobs(instance(closed));
		return new Board(board.chair(), board.trustee(1), sign, closed.getId(), reserveCall, appoint);
	}

	private String instance(BoardSession session) {
		return runtime.createProcessInstanceQuery().processDefinitionKey(BoardSessionProcess.KEY)
			.processInstanceBusinessKey(session.getId().toString()).singleResult().getId();
	}

	/** Convenes a session on the call, in which every trustee approves the proposal. */
	private BoardSession votedOn(SessionFixtures.Board board, long call, long proposal) {
		BoardSession session = sessionService.convene(call, SessionKind.MEETING, "fundmanager");
		String instance = instance(session);
		for (String trustee : board.trustees()) {
			Task ballot = tasks.createTaskQuery().processInstanceId(instance)
				.taskDefinitionKey(BoardSessionProcess.CAST_VOTES_TASK).taskAssignee(trustee).singleResult();
			Map<String, String> fields = new HashMap<>();
			fields.put(Ballot.field(proposal), "APPROVE");
			fields.put("comment_" + proposal, "A strong project");
			steps.complete(ballot, trustee, fields);
		}
		return session;
	}
}
