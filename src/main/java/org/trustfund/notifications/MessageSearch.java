package org.trustfund.notifications;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trustfund.web.ListSpecs;

/** A user's in-app messages, searched, filtered, sorted and paged in the database; only the user's own. */
@Service
public class MessageSearch {

	private final Notifications notifications;

	MessageSearch(Notifications notifications) {
		this.notifications = notifications;
	}

	/**
	 * What narrows the list; null (false) fields do not narrow.
	 *
	 * @param like a lower-case SQL LIKE pattern escaped by \, matched against the subject and the text
	 * @param from first day the message was sent (UTC), inclusive; {@code to} the last, inclusive
	 */
	public record Criteria(String like, boolean unreadOnly, LocalDate from, LocalDate to) {
	}

	/** @return the page {@code page} asks of the messages to {@code username} that match {@code c} */
	@Transactional(readOnly = true)
	public Page<Notification> page(String username, Criteria c, Pageable page) {
		Specification<Notification> unread = (root, query, cb) -> c.unreadOnly() ? cb.isNull(root.get("readAt")) : null;
		Instant from = c.from() == null ? null : c.from().atStartOfDay(ZoneOffset.UTC).toInstant();
		Instant until = c.to() == null ? null : c.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1);
		return notifications.findAll(Specification.allOf(ListSpecs.equal("recipient", username),
				ListSpecs.like(c.like(), "subject", "body"), unread, ListSpecs.between("createdAt", from, until)), page);
	}
}
