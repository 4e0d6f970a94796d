package org.trustfund.reserve;

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

	ReserveHistory(ReserveEvents events, NotificationService notifications, Clock clock) {
		this.events = events;
		this.notifications = notifications;
		this.clock = clock;
	}

	Instant now() {
		return clock.instant();
	}

	void record(ReserveList list, Long proposalId, Kind kind, String detail, String actor) {
		events.save(new ReserveEvent(list.getId(), proposalId, kind, detail, actor, now()));
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
