package org.trustfund.reserve;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.trustfund.board.ProposalAwarded;
import org.trustfund.board.ProposalReserved;
import org.trustfund.ledger.FundLedger;
import org.trustfund.shared.Money;
import org.trustfund.proposals.BoardOutcomes;
import org.trustfund.proposals.Fixtures;
import org.trustfund.proposals.Proposal;
import org.trustfund.proposals.ProposalService;

/** Puts projects on reserve lists and decides offers the way the Board's sessions do (their events). */
@Component
public class ReserveFixtures {

	private final Fixtures fixtures;
	private final ProposalService proposals;
	private final JdbcTemplate jdbc;
	private final TransactionTemplate tx;
	private final ApplicationEventPublisher events;
	private final FundLedger ledger;
	private final BoardOutcomes outcomes;

	private static final String CHEAP_HASH = new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(4)
		.encode(Fixtures.PASSWORD);
	private final org.trustfund.users.UserAccounts accounts;
	private final org.trustfund.board.BoardService board;
	private final ManagementService management;

	ReserveFixtures(Fixtures fixtures, ProposalService proposals, JdbcTemplate jdbc, TransactionTemplate tx,
			ApplicationEventPublisher events, FundLedger ledger, BoardOutcomes outcomes,
			org.trustfund.users.UserAccounts accounts, org.trustfund.board.BoardService board,
			ManagementService management) {
		this.management = management;
		this.accounts = accounts;
		this.board = board;
		this.fixtures = fixtures;
		this.proposals = proposals;
		this.jdbc = jdbc;
		this.tx = tx;
		this.events = events;
		this.ledger = ledger;
		this.outcomes = outcomes;
	}

	/**
	 * Does what the job executor does after new money (or the Board's return) reached the reserve lists: runs
	 * each list's save point before choosing its offer, until none is left.
	 */
	public void runOffers() {
		List<Job> jobs;
		while (!(jobs = management.createJobQuery().processDefinitionKey(ReserveListProcess.KEY)
			.activityId(ReserveListProcess.CHOOSE_OFFER_TASK).executable().list()).isEmpty()) {
			jobs.forEach(job -> management.executeJob(job.getId()));
		}
	}

	/** A published call and a verified NGO that will own the reserved projects. */
	public Setup call() {
		return new Setup(fixtures.openCall().getId(), fixtures.verifiedNgo("TH"));
	}

	/**
	 * A reviewed project of the NGO that a Board session puts on the call's reserve list at this rank. The first
	 * one opens the list, whose process checks the money at once: that check runs here, as the job executor would.
	 */
	public long reserve(Setup s, int rank, String amount, long sessionId) {
		Proposal p = proposals.draft(s.callId(), s.ngo().organisationId(), Fixtures.proposalForm("TH", "50000.00"),
				s.ngo().username());
		jdbc.update("update proposal set status = 'RESERVE_LIST', rank_position = ? where id = ?", rank, p.getId());
		tx.executeWithoutResult(t -> events.publishEvent(new ProposalReserved(s.callId(), p.getId(), rank,
				Money.of(amount), sessionId)));
		runOffers();
		return p.getId();
	}

	/** What the session does for an approved reserve project: commit the grant, award, publish. */
	public void award(Setup s, long proposalId, String amount, long sessionId) {
		tx.executeWithoutResult(t -> {
			String grant = ProposalAwarded.grantRef(proposalId);
			long entry = ledger.commit(grant, Money.of(amount), "Reserve offer approved");
			outcomes.award(proposalId, grant, "trustee");
			events.publishEvent(new ProposalAwarded(proposalId, s.callId(), s.ngo().organisationId(), grant,
					Money.of(amount), sessionId, LocalDate.now(new org.trustfund.processes.FundClock()), entry));
		});
	}

	/** Commits whatever is available to a placeholder grant, so that a test starts from an empty fund. */
	public String drain() {
		String grant = "G-DRAIN-" + Fixtures.unique("d");
		Money available = ledger.available();
		if (available.isPositive()) {
			ledger.commit(grant, available, "Test: start from an empty fund");
		}
		return grant;
	}

	/** A trustee who chairs the Board, with {@link Fixtures#PASSWORD} (cheap hash). */
	public String chair() {
		String username = Fixtures.unique("chair");
		accounts.save(new org.trustfund.users.UserAccount(username, "Chair " + username, username + "@trustfund.example",
				CHEAP_HASH, java.util.EnumSet.of(org.trustfund.users.Role.TRUSTEE, org.trustfund.users.Role.BOARD_CHAIR),
				null, new org.trustfund.processes.FundClock().instant()));
		return username;
	}

	/** A year of its own per Board (9000 on; Board session fixtures count from 3000), never shared in a run. */
	private static final java.util.concurrent.atomic.AtomicInteger NEXT_YEAR = new java.util.concurrent.atomic.AtomicInteger(9000);

	/**
	 * A Board of one seat, its chair sitting, in a far-future year that the engine's clock (which the Board's
	 * "today" reads) is set to. Call {@code ClockUtil.reset()} after the test.
	 */
	public String sittingBoard() {
		int year = NEXT_YEAR.getAndIncrement();
		var term = board.recordTerm("Reserve Board " + year, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), 1,
				"admin");
		String chair = chair();
		board.appoint(term.getId(), chair, "AT", true, "admin");
		sitAt(year);
		return chair;
	}

	/** Sets the engine's clock into a year: with no term recorded for it, no Board sits. */
	public void sitAt(int year) {
		org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(
				java.util.Date.from(java.time.Instant.parse(year + "-03-01T12:00:00Z")));
	}

	/** Ends the reserve-list processes of these calls, so that no list of a finished test reacts to money. */
	public void endProcesses(java.util.Collection<Long> callIds, org.camunda.bpm.engine.RuntimeService runtime) {
		for (long callId : callIds) {
			runtime.createProcessInstanceQuery().processDefinitionKey(ReserveListProcess.KEY)
				.processInstanceBusinessKey(Long.toString(callId)).list()
				.forEach(p -> runtime.deleteProcessInstance(p.getId(), "test over"));
		}
	}

	public record Setup(long callId, Fixtures.Ngo ngo) {
	}
}
