package org.trustfund.home;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.trustfund.board.BoardSessionProcess;
import org.trustfund.board.session.BoardSession;
import org.trustfund.board.session.SessionService;
import org.trustfund.board.session.SessionStatus;
import org.trustfund.grants.GrantQueries;
import org.trustfund.security.AppUser;
import org.trustfund.security.Permission;

/**
 * Trustees' and the chair's section: ballots to cast with their deadline (and outcomes to sign), the next Board
 * session, the money available for new grants, and the grants' progress per call.
 */
@Component
@Order(20)
class BoardSection implements HomeSection {

	/**
	 * @param ballots the user's "cast votes" tasks, soonest due first; {@code toSign} the chair's "sign outcome" tasks
	 * @param next the session in voting with the nearest deadline, else one awaiting the chair's signature; or null
	 * @param money null when the user may read neither the ledger nor the fund's report
	 * @param ledgerLink whether the money links to the ledger's balances (else to the fund's report)
	 * @param grants committed and disbursed per call, as the grants page totals them
	 */
	record Figures(TaskFigures.Due ballots, TaskFigures.Due toSign, BoardSession next, MoneyFigures.Money money,
			boolean ledgerLink, List<GrantQueries.Total> grants, Progress progress) {
	}

	/** Every grant together: how many, committed and disbursed in USD, disbursed in whole percent of committed. */
	record Progress(long grants, BigDecimal committed, BigDecimal disbursed, int percent) {
	}

	private final TaskFigures tasks;
	private final MoneyFigures money;
	private final SessionService sessions;
	private final GrantQueries grants;

	BoardSection(TaskFigures tasks, MoneyFigures money, SessionService sessions, GrantQueries grants) {
		this.tasks = tasks;
		this.money = money;
		this.sessions = sessions;
		this.grants = grants;
	}

	@Override
	public boolean shows(AppUser user) {
		return user.can(Permission.VOTE) || user.can(Permission.SIGN_OUTCOME);
	}

	@Override
	public String fragment() {
		return "board";
	}

	@Override
	public Figures figures(AppUser user) {
		boolean ledger = user.can(Permission.READ_LEDGER);
		List<GrantQueries.Total> byCall = user.can(Permission.READ_ALL_GRANTS) ? grants.totals("call") : List.of();
		return new Figures(tasks.of(user, BoardSessionProcess.KEY, BoardSessionProcess.CAST_VOTES_TASK),
				tasks.of(user, BoardSessionProcess.KEY, BoardSessionProcess.SIGN_OUTCOME_TASK), next(),
				ledger || user.can(Permission.READ_FUND_REPORT) ? money.now() : null, ledger, byCall,
				progress(byCall));
	}

	private BoardSession next() {
		List<BoardSession> all = sessions.all();
		return all.stream().filter(s -> s.getStatus() == SessionStatus.VOTING && s.getVotingDeadline() != null)
			.min(Comparator.comparing(BoardSession::getVotingDeadline))
			.or(() -> all.stream().filter(s -> s.getStatus() == SessionStatus.AWAITING_SIGNATURE).findFirst())
			.orElse(null);
	}

	static Progress progress(List<GrantQueries.Total> byCall) {
		long n = 0;
		BigDecimal committed = BigDecimal.ZERO.setScale(2);
		BigDecimal disbursed = BigDecimal.ZERO.setScale(2);
		for (GrantQueries.Total t : byCall) {
			n += t.grants();
			committed = committed.add(t.committed());
			disbursed = disbursed.add(t.disbursed());
		}
		int percent = committed.signum() == 0 ? 0
				: disbursed.multiply(BigDecimal.valueOf(100)).divide(committed, 0, java.math.RoundingMode.DOWN).intValue();
		return new Progress(n, committed, disbursed, percent);
	}
}
