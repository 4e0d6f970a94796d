package org.trustfund.board.session;

import org.trustfund.shared.Note;
import org.trustfund.security.Permission;
import org.trustfund.notifications.Text;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trustfund.board.ProposalAwarded;
import org.trustfund.board.ProposalReserved;
import org.trustfund.calls.CallService;
import org.trustfund.ledger.FundLedger;
import org.trustfund.shared.Money;
import org.trustfund.notifications.NotificationService;
import org.trustfund.proposals.BoardOutcomes;
import org.trustfund.proposals.Proposal;
import org.trustfund.proposals.ProposalService;
import org.trustfund.proposals.ProposalStatus;
import org.trustfund.proposals.Recommendation;

/**
 * Applies a signed session's outcome in one transaction, in rank order. Approved FUND-recommended projects
 * are awarded while the available balance covers them (checked before each commitment, under the ledger's
 * lock, so nothing is over-committed); from the first that does not fit, approved projects go to the
 * reserve list, in rank order, with no later, smaller project jumping the queue. An approved RESERVE- or
 * REJECT-recommended project goes to the reserve list: the Board may rescue it, but only the secretariat's
 * funding line is awarded directly. A reserve-list offer awards while money lasts; the others keep their place.
 */
@Service
public class OutcomeApplication {

	/** The actor the NGO sees in its proposal's history: the Board, never a trustee. */
	static final String BOARD = "Board of Trustees";

	/** How many proposals' changes are written before the persistence context is emptied. */
	private static final int FORGET_EVERY = 10;

	private final SessionService sessions;
	private final Voting voting;
	private final DecisionRule rule;
	private final Outcomes outcomes;
	private final ProposalService proposals;
	private final BoardOutcomes boardOutcomes;
	private final FundLedger ledger;
	private final CallService calls;
	private final ApplicationEventPublisher events;
	private final NotificationService notifications;
	@PersistenceContext
	private EntityManager entityManager;

	OutcomeApplication(SessionService sessions, Voting voting, DecisionRule rule, Outcomes outcomes,
			ProposalService proposals, BoardOutcomes boardOutcomes, FundLedger ledger, CallService calls,
			ApplicationEventPublisher events, NotificationService notifications) {
		this.sessions = sessions;
		this.voting = voting;
		this.rule = rule;
		this.outcomes = outcomes;
		this.proposals = proposals;
		this.boardOutcomes = boardOutcomes;
		this.ledger = ledger;
		this.calls = calls;
		this.events = events;
		this.notifications = notifications;
	}

	/** The outcome as the votes decide it, before (and after) it is applied. */
	@Transactional(readOnly = true)
	public List<Tally> tallies(long sessionId) {
		return rule.tallies(sessions.agenda(sessionId), sessions.voters(sessionId).size(), voting.all(sessionId));
	}

	@Transactional
	public void apply(long sessionId) {
		BoardSession session = sessions.get(sessionId);
		Instant now = sessions.now();
		session.applied(now);
		boolean offer = session.getKind() == SessionKind.RESERVE_OFFER;
		List<Tally> tallies = tallies(sessionId);
		Map<Long, Proposal> byId = proposals.withIds(tallies.stream().map(Tally::proposalId).toList()).stream()
			.collect(Collectors.toMap(Proposal::getId, Function.identity()));
		ledger.lockForPosting();
		Money available = ledger.available();
		boolean moneyRanOut = false;
		int position = 0;
		for (Tally tally : tallies) {
			position++;
			Proposal p = byId.get(tally.proposalId());
			Money amount = p.getAmountRequested();
			int rank = p.getRankPosition() == null ? position : p.getRankPosition();
			OutcomeResult result;
			String note = null;
			if (tally.decision() != Decision.APPROVED) {
				result = offer ? OutcomeResult.KEPT_PLACE : notApproved(session, p, tally.decision());
			}
			else if (!offer && p.getRecommendation() != Recommendation.FUND) {
				result = reserve(session, p, rank, amount, "The Board of Trustees approved the project, which was "
						+ "recommended for the reserve list: it waits on the call's reserve list at rank " + rank + ".");
			}
			else if (!moneyRanOut && !amount.isGreaterThan(available)) {
				award(session, p, amount, now);
				available = available.minus(amount);
				result = OutcomeResult.AWARDED;
			}
			else {
				moneyRanOut = true;
				note = "Approved, but the money available (" + available.format() + ") did not cover it";
				result = offer ? OutcomeResult.KEPT_PLACE : reserve(session, p, rank, amount, "The Board of Trustees "
						+ "approved the project, but the fund's money is committed: it waits on the call's reserve list "
						+ "at rank " + rank + " and is funded if money becomes available.");
			}
			outcomes.save(new Outcome(sessionId, tally, p.getRankPosition(), result, p.getAmountRequested(), note, now));
			// Every few proposals, write their changes and forget them: otherwise every flush and query of the
			// next awards dirty-checks all the entities loaded so far, quadratic in the agenda. Not after each
			// one: the fund's locked totals row stays in the persistence context for the next awards (a fresh
			// select ... for update per award was 6 % of the outcome), and so do the proposals read at the start.
			if (position % FORGET_EVERY == 0) {
				entityManager.flush();
				entityManager.clear();
			}
		}
		if (!offer && session.getCallId() != null && proposals.ofCall(session.getCallId()).stream()
			.noneMatch(p -> p.getStatus() == ProposalStatus.REVIEWED)) {
			calls.decide(session.getCallId());
		}
		notifications.notifyHolders(Permission.CONVENE_BOARD, Text.of("notice.outcome.applied"),
				Text.of("notice.outcome.applied.body", String.valueOf(sessionId), tallies.size()),
				"/board/sessions/" + sessionId + "/minutes");
	}

	private void award(BoardSession session, Proposal p, Money amount, Instant now) {
		String grantRef = ProposalAwarded.grantRef(p.getId());
		long entry = ledger.commit(grantRef, amount, "Board session " + session.getId() + ": grant for proposal "
				+ p.getId());
		boardOutcomes.award(p.getId(), grantRef, BOARD);
		events.publishEvent(new ProposalAwarded(p.getId(), p.getCallId(), p.getOrganisationId(), grantRef, amount,
				session.getId(), LocalDate.ofInstant(now, ZoneOffset.UTC), entry));
	}

	private OutcomeResult reserve(BoardSession session, Proposal p, int rank, Money amount, String why) {
		boardOutcomes.placeOnReserveList(p.getId(), why, BOARD);
		events.publishEvent(new ProposalReserved(p.getCallId(), p.getId(), rank, amount, session.getId()));
		return OutcomeResult.RESERVE_LIST;
	}

	private OutcomeResult notApproved(BoardSession session, Proposal p, Decision decision) {
		if (decision == Decision.NO_QUORUM) {
			boardOutcomes.note(p.getId(), "CARRIED_OVER",
					Note.of("note.proposal.carriedOver", String.valueOf(session.getId())), BOARD);
			return OutcomeResult.CARRIED_OVER;
		}
		String note = p.getRecommendationNote();
		boardOutcomes.decline(p.getId(), note == null || note.isBlank() ? Note.of("note.proposal.declinedByBoard")
				: Note.of("note.proposal.declinedByBoard.why", note), BOARD);
		return OutcomeResult.DECLINED;
	}
}
