package org.trustfund.notifications;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trustfund.security.Permission;
import org.trustfund.security.RolePermissions;
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
	private final NoticeTexts texts;
	private final TransactionScoped<Long, List<String>> membersOf = new TransactionScoped<>();

	NotificationService(Notifications notifications, UserService users, ApplicationEventPublisher events,
			Clock clock, MailSender mailer, NoticeTexts texts) {
		this.mailer = mailer;
		this.texts = texts;
		this.notifications = notifications;
		this.users = users;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A message already written out, in English only: kept for callers not yet moved to {@link Text}; prefer
	 * {@link #notifyUser(String, Text, Text, String)}, which each reader sees in their own language.
	 */
	@Transactional
	public void notifyUser(String username, String subject, String body, String link) {
		sent(notifications.save(new Notification(username, subject, body, link, clock.instant())));
	}

	/**
	 * Tells one user, in the language they read: the key and arguments are kept and rendered when the message
	 * is shown or e-mailed; its English text is kept as well, for the API and searches.
	 *
	 * @param username the recipient
	 * @param subject the subject's key (in both bundles) and arguments
	 * @param body the body's key and arguments
	 * @param link the page the message is about, a path such as {@code /grants/12}, or {@code null}
	 */
	@Transactional
	public void notifyUser(String username, Text subject, Text body, String link) {
		String englishSubject = texts.render(subject, Locale.ENGLISH);
		String englishBody = texts.render(body, Locale.ENGLISH);
		sent(notifications.save(new Notification(username, subject,
				englishSubject.length() > 300 ? englishSubject.substring(0, 299) + "…" : englishSubject, body,
				englishBody.length() > 8000 ? englishBody.substring(0, 7999) + "…" : englishBody, link,
				clock.instant())));
	}

	/** To every enabled member of an organisation, each in their language (see {@link #notifyOrganisation}). */
	@Transactional
	public void notifyOrganisation(long organisationId, Text subject, Text body, String link) {
		membersOf(organisationId).forEach(u -> notifyUser(u, subject, body, link));
	}

	/**
	 * Tells everyone whose roles hold {@code permission} ({@link RolePermissions}), once each: the audience of a
	 * notice is named by what its readers do, so a new role that does it is told without a change here.
	 */
	@Transactional
	public void notifyHolders(Permission permission, Text subject, Text body, String link) {
		holders(permission).forEach(u -> notifyUser(u, subject, body, link));
	}

	/** As {@link #notifyHolders(Permission, Text, Text, String)}, for a text written once in English. */
	@Transactional
	public void notifyHolders(Permission permission, String subject, String body, String link) {
		holders(permission).forEach(u -> notifyUser(u, subject, body, link));
	}

	private java.util.Set<String> holders(Permission permission) {
		java.util.Set<String> usernames = new java.util.LinkedHashSet<>();
		RolePermissions.rolesWith(permission).forEach(r -> users.withRole(r).forEach(u -> usernames.add(u.getUsername())));
		return usernames;
	}

	/**
	 * @param n a message of the outbox
	 * @param locale the reader's locale
	 * @return its subject and body in that language (as written, for a message older than message keys)
	 */
	public Message inLanguage(Notification n, Locale locale) {
		return inLanguage(n, locale, null);
	}

	/**
	 * @param n a message of the outbox
	 * @param locale the reader's locale
	 * @param zone the reader's time zone for the times in the text; UTC when {@code null}
	 * @return its subject and body in that language and zone (as written, for a message older than message keys)
	 */
	public Message inLanguage(Notification n, Locale locale, java.time.ZoneId zone) {
		return new Message(n.getId(), n.subjectText().map(t -> texts.render(t, locale, zone)).orElse(n.getSubject()),
				n.bodyText().map(t -> texts.render(t, locale, zone)).orElse(n.getBody()), n.getLink(), n.getCreatedAt(),
				n.getReadAt());
	}

	/**
	 * A message as one reader sees it.
	 *
	 * @param createdAt when it was sent; readAt when the reader opened it, or {@code null}
	 */
	@NamedInterface("api")
	public record Message(Long id, String subject, String body, String link, java.time.Instant createdAt,
			java.time.Instant readAt) {
	}

	private List<String> membersOf(long organisationId) {
		return membersOf.get(organisationId, id -> users.membersOf(id).stream().filter(UserAccount::isEnabled)
			.map(UserAccount::getUsername).toList());
	}

	private void sent(Notification n) {
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
		membersOf(organisationId).forEach(u -> notifyUser(u, subject, body, link));
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
			.orElseThrow(() -> NotFoundException.keyed("notFound.message", "No message " + id, String.valueOf(id)));
		n.markRead(clock.instant());
		return n;
	}

	record NotificationCreated(long id) {
	}
}
