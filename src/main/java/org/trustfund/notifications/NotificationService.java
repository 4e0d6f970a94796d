package org.trustfund.notifications;

import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trustfund.users.Role;
import org.trustfund.users.UserAccount;
import org.trustfund.users.UserService;
import org.trustfund.shared.NotFoundException;

/**
 * Tells people what happened. Every message lands in the recipient's in-app outbox, in the caller's
 * transaction; {@link MailSender} also e-mails it after commit when SMTP is configured.
 */
@NamedInterface("api")
@Service
public class NotificationService {

	private final Notifications notifications;
	private final UserService users;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final MailSender mailer;
	private final TransactionScoped<Long, List<String>> membersOf = new TransactionScoped<>();

	NotificationService(Notifications notifications, UserService users, ApplicationEventPublisher events,
			Clock clock, MailSender mailer) {
		this.mailer = mailer;
		this.notifications = notifications;
		this.users = users;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public void notifyUser(String username, String subject, String body, String link) {
		Notification n = notifications.save(new Notification(username, subject, body, link, clock.instant()));
		// Only when there is an e-mail to send: each publication is a row in the outbox written now and
		// completed after commit, two writes per message that a Board outcome paid 1,600 times for nothing.
		if (mailer.configured()) {
			events.publishEvent(new NotificationCreated(n.getId()));
		}
	}

	/**
	 * To every enabled member of an organisation. The members are read once per organisation and transaction
	 * ({@link TransactionScoped}): a Board outcome tells hundreds of NGOs in one transaction, often the same one
	 * many times, and a query per message was a tenth of the outcome's time.
	 */
	@Transactional
	public void notifyOrganisation(long organisationId, String subject, String body, String link) {
		membersOf.get(organisationId, id -> users.membersOf(id).stream().filter(UserAccount::isEnabled)
			.map(UserAccount::getUsername).toList()).forEach(u -> notifyUser(u, subject, body, link));
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
