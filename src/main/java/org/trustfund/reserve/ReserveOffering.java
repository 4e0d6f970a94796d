package org.trustfund.reserve;

import org.trustfund.shared.Note;
import org.springframework.modulith.NamedInterface;
import org.trustfund.notifications.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trustfund.board.BoardService;
import org.trustfund.board.ReserveOffers;
import org.trustfund.board.Trustee;
import org.trustfund.ledger.FundLedger;
import org.trustfund.shared.Money;
import org.trustfund.proposals.BoardOutcomes;
import org.trustfund.reserve.ReserveEvent.Kind;

/** The steps of {@code bpmn/reserve-list.bpmn}: offer what the money allows, take the Board's answer, expire. */
@Service
@NamedInterface("api")
public class ReserveOffering {

	private final ReserveLists lists;
	private final ReserveEntries entries;
	private final ReserveHistory history;
	private final FundLedger ledger;
	private final ReserveOffers board;
	private final ReserveSettings settings;
	private final BoardOutcomes outcomes;
	private final BoardService trustees;

	ReserveOffering(ReserveLists lists, ReserveEntries entries, ReserveHistory history, FundLedger ledger,
			ReserveOffers board, ReserveSettings settings, BoardOutcomes outcomes,
			BoardService trustees) {
		this.trustees = trustees;
		this.lists = lists;
		this.entries = entries;
		this.history = history;
		this.ledger = ledger;
		this.board = board;
		this.settings = settings;
		this.outcomes = outcomes;
	}

	/** What the money allows now: no project left, none that fits, or an offer prepared for the Board. */
	public record Offer(boolean listEmpty, long sessionId) {
	}

	/**
	 * The highest-ranked projects still on the list whose amounts fit the available balance together, in rank
	 * order; one that does not fit is skipped for the next. Right after an offer ({@code afterOffer}), projects
	 * the Board passed over since money last arrived are left out (no endless re-offer of what the Board has
	 * just declined); new money ({@code afterOffer} false) makes every waiting project eligible again, but only
	 * when the ledger holds money in that is newer than the list's last offer: a message delivered twice by the
	 * outbox, the check when the list opens and the periodic re-check never re-offer what the Board declined.
	 */
	@Transactional
	public Offer chooseOffer(long callId, boolean afterOffer) {
		ReserveList list = lists.lockByCallId(callId).orElseThrow();
		List<ReserveEntry> waiting = entries.findByListIdAndStateOrderByRankPositionAscIdAsc(list.getId(),
				EntryState.ON_LIST);
		if (!list.isOpen() || waiting.isEmpty()) {
			return new Offer(true, 0);
		}
		long lastMoneyIn = ledger.lastMoneyIn();
		if (!afterOffer && list.hasNewMoney(lastMoneyIn)) {
			waiting.forEach(ReserveEntry::newMoney);
		}
		Money available = ledger.available();
		Money total = Money.ZERO;
		List<ReserveEntry> chosen = new ArrayList<>();
		for (ReserveEntry e : waiting) {
			if (e.isPassedOver()) {
				continue;
			}
			if (!total.plus(e.amount()).isGreaterThan(available)) {
				chosen.add(e);
				total = total.plus(e.amount());
			}
		}
		if (chosen.isEmpty()) {
			return new Offer(false, 0);
		}
		List<Long> ids = chosen.stream().map(ReserveEntry::getProposalId).toList();
		Note blocked = whyTheBoardCannotDecide(ids);
		if (blocked != null) {
			history.record(list, null, Kind.OFFER_NOT_POSSIBLE, blocked, "system");
			history.tellFundManagers(list, "notice.reserve.notPossible", new Text(blocked.key(), blocked.args()));
			return new Offer(false, 0);
		}
		long sessionId = board.prepareReserveOffer(callId, ids, settings.chairOnlyApproval());
		list.offerMade(sessionId, lastMoneyIn);
		chosen.forEach(e -> e.offeredIn(sessionId));
		history.record(list, null, Kind.OFFERED, Note.of(settings.chairOnlyApproval() ? "note.reserve.offered.chair"
				: "note.reserve.offered.written", chosen.size(), ids.toString(), total, available,
				String.valueOf(sessionId)), "system");
		return new Offer(false, sessionId);
	}

	/**
	 * Checked before asking the Board, never by catching its refusal: a refusal inside the Board's transactional
	 * service would mark the shared transaction rollback-only and undo the message's correlation for every
	 * process waiting for money.
	 */
	private Note whyTheBoardCannotDecide(List<Long> ids) {
		List<Trustee> sitting = trustees.sittingTrustees();
		if (sitting.stream().noneMatch(Trustee::isChair)) {
			return Note.of("note.reserve.notPossible.noChair", ids.toString());
		}
		int quorum = trustees.term(sitting.get(0).getTermId()).quorum();
		if (!settings.chairOnlyApproval() && sitting.size() < quorum) {
			return Note.of("note.reserve.notPossible.noQuorum", ids.toString(), sitting.size(), quorum);
		}
		return null;
	}

	/**
	 * The Board has decided the list's current offer (the session recorded when the offer was made): awarded
	 * projects have left the list, the others keep their place.
	 * @return whether no project is left on the list
	 * @throws IllegalStateException when the list has no offer out
	 */
	@Transactional
	public boolean recordOutcome(long callId) {
		ReserveList list = lists.lockByCallId(callId).orElseThrow();
		Long sessionId = list.getCurrentOfferSession();
		if (sessionId == null) {
			throw new IllegalStateException("The reserve list of call " + callId + " has no offer out");
		}
		list.offerReturned();
		List<ReserveEntry> offered = entries.findByListIdOrderByRankPositionAscIdAsc(list.getId()).stream()
			.filter(e -> sessionId.equals(e.getLastOfferedIn())).toList();
		Set<Long> awarded = offered.stream().filter(e -> e.getState() == EntryState.AWARDED)
			.map(ReserveEntry::getProposalId).collect(Collectors.toCollection(java.util.TreeSet::new));
		List<ReserveEntry> notApproved = offered.stream().filter(ReserveEntry::isOnList).toList();
		notApproved.forEach(ReserveEntry::passedOver);
		List<Long> kept = notApproved.stream().map(ReserveEntry::getProposalId).toList();
		history.record(list, null, Kind.OFFER_DECIDED, Note.of("note.reserve.decided", String.valueOf(sessionId),
				awarded.size(), awarded.toString(), kept.size(), kept.toString()), "system");
		history.tellFundManagers(list, "notice.reserve.decided", Text.of("notice.reserve.decided.body",
				String.valueOf(sessionId), awarded.size(), awarded.toString(), kept.size(), kept.toString()));
		return entries.countByListIdAndState(list.getId(), EntryState.ON_LIST) == 0;
	}

	/** The list expired: every project still waiting is told it will not be funded in this cycle. */
	@Transactional
	public int expire(long callId) {
		ReserveList list = lists.lockByCallId(callId).orElseThrow();
		Note reason = Note.of("note.reserve.expiredReason", list.getExpiresOn());
		String english = history.english(reason);
		List<ReserveEntry> waiting = entries.findByListIdAndStateOrderByRankPositionAscIdAsc(list.getId(),
				EntryState.ON_LIST);
		for (ReserveEntry e : waiting) {
			e.expire(reason, english, history.now());
			outcomes.reserveListExpired(e.getProposalId(), reason, "system");
			history.record(list, e.getProposalId(), Kind.EXPIRED, Note.of("note.reserve.notFunded"), "system");
		}
		list.close(ListStatus.EXPIRED, "Expired on " + list.getExpiresOn(), history.now());
		history.record(list, null, Kind.LIST_CLOSED, Note.of("note.reserve.expired", waiting.size()), "system");
		history.tellFundManagers(list, "notice.reserve.expired", Text.of("notice.reserve.expired.body", waiting.size()));
		return waiting.size();
	}

	/** No project is left on the list (all awarded or withdrawn): it closes. */
	@Transactional
	public void closeEmpty(long callId) {
		ReserveList list = lists.lockByCallId(callId).orElseThrow();
		if (list.isOpen()) {
			list.close(ListStatus.EMPTIED, "No project left on the list", history.now());
			history.record(list, null, Kind.LIST_CLOSED, Note.of("note.reserve.empty"), "system");
		}
	}
}
