package org.trustfund.reserve;

import org.trustfund.shared.Note;
import org.springframework.modulith.NamedInterface;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trustfund.ledger.FundLedger;
import org.trustfund.shared.Money;
import org.trustfund.proposals.BoardOutcomes;
import org.trustfund.reserve.ReserveEvent.Kind;
import org.trustfund.shared.ConflictException;
import org.trustfund.shared.NotFoundException;

/** The reserve lists as the fund manager and the trustees see them, and the fund manager's changes. */
@Service
@NamedInterface("api")
public class ReserveListService {

	private final ReserveLists lists;
	private final ReserveEntries entries;
	private final ReserveEvents events;
	private final ReserveHistory history;
	private final FundLedger ledger;
	private final BoardOutcomes outcomes;
	private final ApplicationEventPublisher publisher;
	private final ReserveSettings settings;

	ReserveListService(ReserveLists lists, ReserveEntries entries, ReserveEvents events, ReserveHistory history,
			FundLedger ledger, BoardOutcomes outcomes, ApplicationEventPublisher publisher, ReserveSettings settings) {
		this.settings = settings;
		this.lists = lists;
		this.entries = entries;
		this.events = events;
		this.history = history;
		this.ledger = ledger;
		this.outcomes = outcomes;
		this.publisher = publisher;
	}

	@Transactional(readOnly = true)
	public List<ReserveList> lists() {
		return lists.findAllByOrderByCreatedAtDesc();
	}

	@Transactional(readOnly = true)
	public ReserveList list(long callId) {
		return lists.findByCallId(callId)
			.orElseThrow(() -> NotFoundException.keyed("notFound.reserveList", "Call " + callId + " has no reserve list",
				String.valueOf(callId)));
	}

	/** Every entry, in rank order, whatever its state. */
	@Transactional(readOnly = true)
	public List<ReserveEntry> entries(long callId) {
		return entries.findByListIdOrderByRankPositionAscIdAsc(list(callId).getId());
	}

	@Transactional(readOnly = true)
	public List<ReserveEvent> history(long callId) {
		return events.findByListIdOrderByIdAsc(list(callId).getId());
	}

	public Money available() {
		return ledger.available();
	}

	/** What the fund still lacks to fund the next project on the list (0 when it fits, or none waits). */
	public static Money moneyNeeded(List<ReserveEntry> inRankOrder, Money available) {
		return inRankOrder.stream().filter(ReserveEntry::isOnList).findFirst()
			.filter(e -> e.amount().isGreaterThan(available)).map(e -> e.amount().minus(available))
			.orElse(Money.ZERO);
	}

	/** The waiting list's periodic balance check, as an ISO-8601 duration ({@code trustfund.reserve.recheck-interval}). */
	public String recheckInterval() {
		return settings.recheckInterval().toString();
	}

	/** When the expiry timer fires: the list is valid through its expiry date (UTC). */
	@Transactional(readOnly = true)
	public Date expiresAt(String callId) {
		LocalDate day = list(Long.parseLong(callId)).getExpiresOn().plusDays(1);
		return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
	}

	@Transactional
	public ReserveEntry withdraw(long callId, long proposalId, String reason, String actor) {
		String why = required(reason);
		ReserveList list = lockOpen(callId);
		ReserveEntry entry = entries.findByListIdAndProposalId(list.getId(), proposalId)
			.orElseThrow(() -> new ReserveListException("proposalId", "error.reserve.notOnList", "Project "
					+ proposalId + " is not on the reserve list of call " + callId, String.valueOf(proposalId),
					String.valueOf(callId)));
		if (entry.isOnList() && list.getCurrentOfferSession() != null
				&& list.getCurrentOfferSession().equals(entry.getLastOfferedIn())) {
			throw ConflictException.keyed("conflict.reserve.beforeBoard", "Project " + proposalId
					+ " is before the Board (written procedure " + list.getCurrentOfferSession()
					+ "); withdraw it after the Board has decided", String.valueOf(proposalId),
					String.valueOf(list.getCurrentOfferSession()));
		}
		entry.withdraw(why, actor, history.now());
		outcomes.withdrawFromReserveList(proposalId, why, actor);
		history.record(list, proposalId, Kind.WITHDRAWN, why, actor);
		if (entries.countByListIdAndState(list.getId(), EntryState.ON_LIST) == 0) {
			publisher.publishEvent(new ReserveListEmptied(callId));
		}
		return entry;
	}

	@Transactional
	public ReserveList changeExpiry(long callId, LocalDate newDate, String reason, String actor) {
		String why = required(reason);
		ReserveList list = lockOpen(callId);
		LocalDate before = list.getExpiresOn();
		list.changeExpiry(newDate, LocalDate.ofInstant(history.now(), ZoneOffset.UTC));
		history.record(list, null, Kind.EXPIRY_CHANGED, Note.of("note.reserve.expiryChanged", before, newDate, why),
				actor);
		publisher.publishEvent(new ReserveExpiryChanged(callId, expiresAt(Long.toString(callId))));
		return list;
	}

	private ReserveList lockOpen(long callId) {
		ReserveList list = lists.lockByCallId(callId)
			.orElseThrow(() -> NotFoundException.keyed("notFound.reserveList", "Call " + callId + " has no reserve list",
				String.valueOf(callId)));
		list.requireOpen();
		return list;
	}

	private static String required(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new ReserveListException("reason", "error.reserve.reason", "Give a reason");
		}
		if (reason.length() > 1000) {
			throw new ReserveListException("reason", "error.text.max1000", "At most 1000 characters");
		}
		return reason.strip();
	}

	/** The fund manager took the last project off the list: its process may end. */
	public record ReserveListEmptied(long callId) {
	}

	/** The expiry date moved: the waiting process's timer follows. */
	public record ReserveExpiryChanged(long callId, Date expiresAt) {
	}
}
