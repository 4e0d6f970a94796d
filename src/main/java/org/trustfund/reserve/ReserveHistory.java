package org.trustfund.reserve;

import org.springframework.context.MessageSource;
import org.trustfund.shared.Note;
import org.trustfund.security.Permission;
import org.trustfund.notifications.Text;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.trustfund.notifications.NotificationService;
import org.trustfund.reserve.ReserveEvent.Kind;

/** Writes the list's history and tells the fund managers what happened to a list. */
@Component
class ReserveHistory {

	private final ReserveEvents events;
	private final NotificationService notifications;
	private final Clock clock;
	private final MessageSource messages;

	ReserveHistory(ReserveEvents events, NotificationService notifications, Clock clock, MessageSource messages) {
		this.messages = messages;
		this.events = events;
		this.notifications = notifications;
		this.clock = clock;
	}

	Instant now() {
		return clock.instant();
	}

	/** A line whose detail a person typed (a withdrawal's reason): shown as it is. */
	void record(ReserveList list, Long proposalId, Kind kind, String detail, String actor) {
		events.save(new ReserveEvent(list.getId(), proposalId, kind, detail, actor, now()));
	}

	/** A line whose detail the system wrote: shown in each reader's language, kept in English too. */
	void record(ReserveList list, Long proposalId, Kind kind, Note detail, String actor) {
		events.save(new ReserveEvent(list.getId(), proposalId, kind, english(detail), detail, actor, now()));
	}

	/** @return the note's English text, as logs, exports and the stored detail keep it */
	String english(Note note) {
		return note.english(messages);
	}

	/**
	 * @param subject a bundle key whose text has {@code {0}} for the call's number
	 * @param body the body's key and arguments
	 */
	void tellFundManagers(ReserveList list, String subject, Text body) {
		notifications.notifyHolders(Permission.MANAGE_RESERVE_LISTS, Text.of(subject, String.valueOf(list.getCallId())), body,
				"/reserve/" + list.getCallId());
	}
}
