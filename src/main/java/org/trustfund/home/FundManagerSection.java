package org.trustfund.home;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.trustfund.calls.Call;
import org.trustfund.calls.CallService;
import org.trustfund.calls.CallStatus;
import org.trustfund.grants.GrantQueries;
import org.trustfund.proposals.Proposal;
import org.trustfund.proposals.ProposalService;
import org.trustfund.proposals.ProposalStatus;
import org.trustfund.reserve.ReserveEntry;
import org.trustfund.reserve.ReserveList;
import org.trustfund.reserve.ReserveListService;
import org.trustfund.security.AppUser;
import org.trustfund.security.Permission;

/**
 * The fund manager's section: open tasks by kind (overdue first), the fund's money, proposals by stage per
 * call under way, overdue reports, and the reserve lists' waiting projects with the money they need.
 */
@Component
@Order(10)
class FundManagerSection implements HomeSection {

	/** Calls whose proposals are still moving: published and not yet decided by the Board. */
	static final Set<CallStatus> UNDER_WAY = Set.of(CallStatus.OPEN, CallStatus.CLOSED, CallStatus.RECOMMENDATION,
			CallStatus.READY_FOR_BOARD);

	/** One call under way and its proposals per stage (stages in {@link ProposalStatus} order, none left out). */
	record CallStages(long callId, String title, CallStatus status, Map<ProposalStatus, Long> byStage, long total) {
	}

	/**
	 * The open reserve lists together: {@code waiting} projects asking {@code amount} USD in all; {@code lacking}
	 * what the fund lacks to fund them all ({@code amount} − available, at least 0).
	 */
	record Reserve(int lists, long waiting, BigDecimal amount, BigDecimal lacking) {
	}

	record Figures(List<TaskFigures.Kind> tasks, MoneyFigures.Money money, List<CallStages> calls,
			long reportsOverdue, Reserve reserve) {
	}

	private final TaskFigures tasks;
	private final MoneyFigures money;
	private final CallService calls;
	private final ProposalService proposals;
	private final GrantQueries grants;
	private final ReserveListService reserve;

	FundManagerSection(TaskFigures tasks, MoneyFigures money, CallService calls, ProposalService proposals,
			GrantQueries grants, ReserveListService reserve) {
		this.tasks = tasks;
		this.money = money;
		this.calls = calls;
		this.proposals = proposals;
		this.grants = grants;
		this.reserve = reserve;
	}

	@Override
	public boolean shows(AppUser user) {
		return user.can(Permission.MANAGE_CALLS);
	}

	@Override
	public String fragment() {
		return "fund-manager";
	}

	@Override
	public Figures figures(AppUser user) {
		MoneyFigures.Money m = money.now();
		return new Figures(tasks.kinds(user), m, callsUnderWay(), grants.count(overdueReports()), reserve(m));
	}

	/** The grants list's filter "reports overdue" ({@code /grants?overdue=true}). */
	static GrantQueries.Filter overdueReports() {
		return new GrantQueries.Filter(null, null, null, null, true);
	}

	private List<CallStages> callsUnderWay() {
		return calls.all().stream().filter(c -> UNDER_WAY.contains(c.getStatus())).map(this::stages).toList();
	}

	private CallStages stages(Call call) {
		Map<ProposalStatus, Long> byStage = new EnumMap<>(ProposalStatus.class);
		List<Proposal> all = proposals.ofCall(call.getId());
		all.forEach(p -> byStage.merge(p.getStatus(), 1L, Long::sum));
		return new CallStages(call.getId(), call.getTitle(), call.getStatus(), byStage, all.size());
	}

	private Reserve reserve(MoneyFigures.Money m) {
		int lists = 0;
		long waiting = 0;
		BigDecimal amount = BigDecimal.ZERO.setScale(2);
		for (ReserveList list : reserve.lists()) {
			if (!list.isOpen()) {
				continue;
			}
			lists++;
			for (ReserveEntry e : reserve.entries(list.getCallId())) {
				if (e.isOnList()) {
					waiting++;
					amount = amount.add(e.getAmount().amount());
				}
			}
		}
		BigDecimal lacking = amount.subtract(m.available()).max(BigDecimal.ZERO.setScale(2));
		return new Reserve(lists, waiting, amount, lacking);
	}
}
