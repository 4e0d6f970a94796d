package org.trustfund.browser;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.trustfund.TestData;
import org.trustfund.board.session.SessionFixtures;
import org.trustfund.board.session.SessionKind;
import org.trustfund.board.session.SessionService;
import org.trustfund.calls.CallService;
import org.trustfund.donors.Donor;
import org.trustfund.donors.DonorForm;
import org.trustfund.donors.DonorKind;
import org.trustfund.donors.DonorService;
import org.trustfund.donors.PledgeForm;
import org.trustfund.donors.PledgeService;
import org.trustfund.grants.GrantFixtures;
import org.trustfund.grants.GrantFixtures.Awarded;
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

	/** Who logs in: a name for the report, the username, the password, and where the crawl starts. */
	record Visitor(String role, String username, String password, List<String> starts) {
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

	CrawlData(Fixtures fixtures, GrantFixtures grants, ReviewSteps steps, SessionFixtures sessions,
			SessionService sessionService, DonorService donors, PledgeService pledges, UserService users,
			ProposalService proposals, CallService calls) {
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

		fixtures.submitted(fixtures.openCall().getId(), ngo);
		String asked = fixtures.reviewOf(fixtures.submitted(fixtures.openCall().getId(), ngo).getId()).getId();
		steps.screen(asked, fm, "clarify", "Which city is the shelter in?");
		long open = fixtures.openCall().getId();
		long draft = proposals.draft(fixtures.openCall().getId(), ngo.organisationId(),
				Fixtures.proposalForm("TH", "20000.00"), ngo.username()).getId();
		long draftCall = calls.draft(Fixtures.callForm(), fm).getId();

		Donor donor = donors.create(new DonorForm("Crawl donor " + Fixtures.unique("d"), DonorKind.FOUNDATION, "AT",
				false, "Anna Donor", "anna@donor.example", ""), fm);
		pledges.create(new PledgeForm(donor.getId(), new BigDecimal("5000.00"), "EUR",
				LocalDate.now(new FundClock()).plusMonths(2), null), fm);

		List<Visitor> visitors = new ArrayList<>();
		visitors.add(new Visitor("admin", admin, Fixtures.PASSWORD, List.of("/")));
		visitors.add(new Visitor("fundmanager", fm, Fixtures.PASSWORD, List.of("/", "/calls/" + draftCall + "/edit")));
		visitors.add(new Visitor("ngo", ngo.username(), Fixtures.PASSWORD,
				List.of("/", "/calls/" + open + "/proposals/new", "/proposals/" + draft + "/edit")));
		reviewers().forEach(r -> visitors.add(new Visitor("reviewer", r, TestData.PASSWORD, List.of("/"))));
		SessionFixtures.Board board = board();
		visitors.add(new Visitor("chair", board.chair(), Fixtures.PASSWORD, List.of("/")));
		visitors.add(new Visitor("trustee", board.trustee(1), Fixtures.PASSWORD, List.of("/")));
		return visitors;
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

	/** A Board of two (chair and trustee) voting in a session on a call with three ranked proposals. */
	private SessionFixtures.Board board() {
		SessionFixtures.Board board = sessions.board("AT", "NG");
		long call = sessions.readyCall();
		long org = sessions.ngo().organisationId();
		sessions.proposal(call, org, "TH", "12000.00", 1, Recommendation.FUND);
		sessions.proposal(call, org, "KE", "8000.00", 2, Recommendation.RESERVE);
		sessions.proposal(call, org, "NG", "30000.00", 3, Recommendation.REJECT);
		sessionService.convene(call, SessionKind.MEETING, "fundmanager");
		return board;
	}
}
