package org.trustfund.notifications;

import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trustfund.users.Role;
import org.trustfund.users.UserAccount;
import org.trustfund.users.UserService;
import org.trustfund.web.NotFoundException;

/**
 * Tells people what happened. Every message lands in the recipient's in-app outbox, in the caller's
 * transaction; {@link MailSender} also e-mails it after commit when SMTP is configured.
 */
@Service
public class NotificationService {

	private final Notifications notifications;
	private final UserService users;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	NotificationService(Notifications notifications, UserService users, ApplicationEventPublisher events,
			Clock clock) {
		this.notifications = notifications;
		this.users = users;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public void notifyUser(String username, String subject, String body, String link) {
		Notification n = notifications.save(new Notification(username, subject, body, link, clock.instant()));
		events.publishEvent(new NotificationCreated(n.getId()));
	}

	/** To every enabled member of an organisation. */
	@Transactional
	public void notifyOrganisation(long organisationId, String subject, String body, String link) {
		users.membersOf(organisationId).stream().filter(UserAccount::isEnabled)
			.forEach(u -> notifyUser(u.getUsername(), subject, body, link));
	}

	/** To every enabled user with a role, e.g. all fund managers. */
	@Transactional
	public void notifyRole(Role role, String subject, String body, String link) {
		users.withRole(role).forEach(u -> notifyUser(u.getUsername(), subject, body, link));
	}

	@Transactional(readOnly = true)
	public List<Notification> outbox(String username) {
		return notifications.findTop200ByRecipientOrderByCreatedAtDescIdDesc(username);
	}

	@Transactional(readOnly = true)
	public long unread(String username) {
		return notifications.countByRecipientAndReadAtIsNull(username);
	}

	/** Opens a message of the user's own outbox and marks it read. */
	@Transactional
	public Notification open(String username, long id) {
		Notification n = notifications.findById(id).filter(x -> x.getRecipient().equals(username))
			.orElseThrow(() -> new NotFoundException("No message " + id));
		n.markRead(clock.instant());
		return n;
	}

	record NotificationCreated(long id) {
	}
}
