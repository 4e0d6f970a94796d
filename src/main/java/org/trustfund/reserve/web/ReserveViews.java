package org.trustfund.reserve.web;

import org.trustfund.shared.Notes;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.trustfund.calls.CallService;
import org.trustfund.shared.Money;
import org.trustfund.reserve.EntryState;
import org.trustfund.reserve.ListStatus;
import org.trustfund.reserve.ReserveEntry;
import org.trustfund.reserve.ReserveEvent;
import org.trustfund.reserve.ReserveList;
import org.trustfund.reserve.ReserveListService;

/** What the pages and the API show of the reserve lists (JSON and Thymeleaf alike). */
final class ReserveViews {

	private ReserveViews() {
	}

	record ListSummary(long callId, String callTitle, ListStatus status, LocalDate expiresOn, long waiting,
			BigDecimal moneyNeededForNext) {
	}

	record ListDetail(long callId, String callTitle, ListStatus status, LocalDate expiresOn, String closedReason,
			Long offerBeforeTheBoard, BigDecimal available, BigDecimal nextAmount, BigDecimal moneyNeededForNext,
			List<EntryView> entries, List<EventView> history) {
	}

	record EntryView(long proposalId, int rank, String title, Money amount, long organisationId,
			String organisation, String country, Instant addedAt, EntryState state, String reason, String by,
			Instant at, boolean beforeTheBoard) {

		static EntryView of(ReserveEntry e, Long currentOffer, Notes notes) {
			return new EntryView(e.getProposalId(), e.getRankPosition(), e.getTitle(), e.getAmount(),
					e.getOrganisationId(), e.getOrganisationName(), e.getCountry(), e.getAddedAt(), e.getState(),
					notes.show(e.getStateReason(), e.getStateReasonKey(), e.getStateReasonArgs()), e.getStateBy(),
					e.getStateAt(),
					e.isOnList() && currentOffer != null && currentOffer.equals(e.getLastOfferedIn()));
		}
	}

	/** @param detail in the reader's language when the system wrote it, else as typed */
	record EventView(Instant at, ReserveEvent.Kind kind, Long proposalId, String detail, String actor) {

		static EventView of(ReserveEvent e, Notes notes) {
			return new EventView(e.getAt(), e.getKind(), e.getProposalId(),
					notes.show(e.getDetail(), e.getDetailKey(), e.getDetailArgs()), e.getActor());
		}
	}

	static ListSummary summary(ReserveList list, ReserveListService reserve, CallService calls, Money available) {
		List<ReserveEntry> entries = reserve.entries(list.getCallId());
		return new ListSummary(list.getCallId(), calls.get(list.getCallId()).getTitle(), list.getStatus(),
				list.getExpiresOn(), entries.stream().filter(ReserveEntry::isOnList).count(),
				ReserveListService.moneyNeeded(entries, available).amount());
	}

	/** @param notes shows the notes the system wrote in the reader's language (the request's locale) */
	static ListDetail detail(long callId, ReserveListService reserve, CallService calls, Notes notes) {
		ReserveList list = reserve.list(callId);
		List<ReserveEntry> entries = reserve.entries(callId);
		Money available = reserve.available();
		BigDecimal next = entries.stream().filter(ReserveEntry::isOnList).findFirst().map(e -> e.getAmount().amount())
			.orElse(null);
		return new ListDetail(callId, calls.get(callId).getTitle(), list.getStatus(), list.getExpiresOn(),
				list.getClosedReason(), list.getCurrentOfferSession(), available.amount(), next,
				ReserveListService.moneyNeeded(entries, available).amount(),
				entries.stream().map(e -> EntryView.of(e, list.getCurrentOfferSession(), notes)).toList(),
				reserve.history(callId).stream().map(e -> EventView.of(e, notes)).toList());
	}
}
