package org.trustfund.board.session;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trustfund.board.BoardRuleException;
import org.trustfund.board.BoardService;
import org.trustfund.board.BoardSessionProcess;
import org.trustfund.board.BoardSettings;
import org.trustfund.board.BoardTerm;
import org.trustfund.board.ReserveOffers;
import org.trustfund.board.Trustee;
import org.trustfund.calls.Call;
import org.trustfund.calls.CallService;
import org.trustfund.calls.CallStatus;
import org.trustfund.proposals.Proposal;
import org.trustfund.proposals.ProposalService;
import org.trustfund.proposals.RecommendationService;
import org.trustfund.shared.ConflictException;
import org.trustfund.shared.NotFoundException;
import org.trustfund.shared.ValidationException;

/**
 * Convenes Board sessions on a call's ranked recommendation (in a meeting or by written procedure) and
 * prepares the written procedures of reserve-list offers. The voters are the trustees sitting when the
 * session is convened; the chair is the sitting chair.
 */
@Service
public class SessionService implements ReserveOffers {

	private final BoardSessions sessions;
	private final SessionItems items;
	private final SessionVoters voters;
	private final BoardService board;
	private final BoardSettings settings;
	private final CallService calls;
	private final RecommendationService recommendations;
	private final ProposalService proposals;
	private final RuntimeService runtime;
	private final Clock clock;

	SessionService(BoardSessions sessions, SessionItems items, SessionVoters voters, BoardService board,
			BoardSettings settings, CallService calls, RecommendationService recommendations,
			ProposalService proposals, RuntimeService runtime, Clock clock) {
		this.clock = clock;
		this.sessions = sessions;
		this.items = items;
		this.voters = voters;
		this.board = board;
		this.settings = settings;
		this.calls = calls;
		this.recommendations = recommendations;
		this.proposals = proposals;
		this.runtime = runtime;
	}

	/** The fund manager convenes the Board on the call's reviewed, ranked proposals, and voting opens. */
	@Transactional
	public BoardSession convene(long callId, SessionKind kind, String actor) {
		if (kind == null || kind == SessionKind.RESERVE_OFFER) {
			throw ValidationException.keyed("kind", "error.session.kind", "Choose a session or a written procedure");
		}
		Call call = calls.get(callId);
		if (call.getStatus() != CallStatus.READY_FOR_BOARD) {
			throw ValidationException.keyed("callId", "error.session.notWithBoard", "The call's recommendation is not with the Board");
		}
		if (sessions.existsByCallIdAndKindInAndStatusNot(callId, EnumSet.of(SessionKind.MEETING, SessionKind.WRITTEN),
				SessionStatus.APPLIED)) {
			throw ConflictException.keyed("conflict.session.inProgress", "A Board session on this call is already in progress");
		}
		List<Long> agenda = recommendations.ranked(callId).stream().map(Proposal::getId).toList();
		if (agenda.isEmpty()) {
			throw ValidationException.keyed("callId", "error.session.nothingAwaits", "No reviewed proposal of this call awaits the Board");
		}
		board.requireQuorum();
		BoardSession session = create(kind, callId, agenda, board.sittingTrustees(), actor);
		runtime.startProcessInstanceByKey(BoardSessionProcess.KEY, session.getId().toString(),
				Map.of(BoardSessionProcess.SESSION_ID, session.getId()));
		return session;
	}

	/** {@inheritDoc} The caller starts the process. */
	@Override
	@Transactional
	public long prepareReserveOffer(long callId, List<Long> proposalIdsInRankOrder, boolean chairOnly) {
		if (proposalIdsInRankOrder == null || proposalIdsInRankOrder.isEmpty()) {
			throw ValidationException.keyed("proposals", "error.session.offerEmpty", "A reserve-list offer needs at least one project");
		}
		proposalIdsInRankOrder.forEach(id -> {
			if (proposals.get(id).getCallId() != callId) {
				throw ValidationException.keyed("proposals", "error.session.notInCall", "Proposal " + id + " is not in call " + callId,
						String.valueOf(id), String.valueOf(callId));
			}
		});
		List<Trustee> sitting = board.sittingTrustees();
		if (chairOnly) {
			sitting = sitting.stream().filter(Trustee::isChair).toList();
		}
		else {
			board.requireQuorum();
		}
		return create(SessionKind.RESERVE_OFFER, callId, proposalIdsInRankOrder, sitting, "system").getId();
	}

	private BoardSession create(SessionKind kind, Long callId, List<Long> agenda, List<Trustee> sitting, String actor) {
		Trustee chair = sitting.stream().filter(Trustee::isChair).findFirst()
			.orElseThrow(() -> new BoardRuleException("board", "error.board.noChair",
				"No chair sits on the Board to sign the outcome"));
		BoardTerm term = board.sittingTerm(today()).orElseThrow();
		Instant now = now();
		BoardSession session = sessions.save(new BoardSession(kind, callId, term.getId(), chair.getUsername(),
				now.plus(settings.votingPeriod()), actor, now));
		for (int i = 0; i < agenda.size(); i++) {
			items.save(new SessionItem(session.getId(), agenda.get(i), i + 1));
		}
		sitting.forEach(t -> voters.save(new SessionVoter(session.getId(), t.getUsername(), t.getCountry(), t.isChair())));
		return session;
	}

	@Transactional(readOnly = true)
	public BoardSession get(long id) {
		return sessions.findById(id).orElseThrow(() -> NotFoundException.keyed("notFound.session", "No Board session " + id, String.valueOf(id)));
	}

	@Transactional(readOnly = true)
	public List<BoardSession> all() {
		return sessions.findAllByOrderByIdDesc();
	}

	@Transactional(readOnly = true)
	public List<SessionItem> agenda(long id) {
		return items.findBySessionIdOrderByPosition(id);
	}

	@Transactional(readOnly = true)
	public List<SessionVoter> voters(long id) {
		return voters.findBySessionIdOrderByChairDescUsernameAsc(id);
	}

	/** Calls whose recommendation waits for the Board: what the fund manager may convene a session on. */
	@Transactional(readOnly = true)
	public List<Call> callsReadyForBoard() {
		return calls.all().stream().filter(c -> c.getStatus() == CallStatus.READY_FOR_BOARD).toList();
	}

	/** Now, from the application's one clock (the engine's). */
	Instant now() {
		return clock.instant();
	}

	private LocalDate today() {
		return LocalDate.ofInstant(now(), ZoneOffset.UTC);
	}
}
