package org.trustfund.notifications;

import java.time.Clock;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.trustfund.notifications.NotificationService.NotificationCreated;
import org.trustfund.outbox.Deliveries;
import org.trustfund.users.UserAccounts;

/**
 * E-mails each message after its transaction commits, when {@code spring.mail.host} is set. The outbox
 * recorded the e-mail with the message: a failed e-mail (the SMTP server down) is retried with back-off until
 * it is sent or undeliverable. A message's e-mail is sent once: the time it was sent is kept on the message and
 * a repeated delivery of a message already e-mailed sends nothing.
 * <p>
 * Named {@code notificationMailer}: the default bean name {@code mailSender} is Spring Boot's
 * {@link JavaMailSender}, and the clash stopped the application from starting whenever SMTP was configured.
 */
@Component("notificationMailer")
class MailSender {

	static final String LISTENER = "notifications.mail";

	private final ObjectProvider<JavaMailSender> mail;
	private final Notifications notifications;
	private final UserAccounts users;
	private final Deliveries deliveries;
	private final String from;
	private final String baseUrl;
	private final Clock clock;
	private final NoticeTexts texts;

	MailSender(NoticeTexts texts, ObjectProvider<JavaMailSender> mail, Notifications notifications, UserAccounts users,
			Deliveries deliveries, @Value("${trustfund.mail.from}") String from,
			@Value("${trustfund.base-url}") String baseUrl, Clock clock) {
		this.mail = mail;
		this.notifications = notifications;
		this.users = users;
		this.deliveries = deliveries;
		this.from = from;
		this.baseUrl = baseUrl;
		this.clock = clock;
		this.texts = texts;
	}

	/**
	 * @return whether SMTP is configured (Spring Boot made a {@link JavaMailSender}): without it there is nothing
	 *         to e-mail, and {@link NotificationService} publishes no {@link NotificationCreated} at all
	 */
	boolean configured() {
		return mail.getIfAvailable() != null;
	}

	@TransactionalEventListener(id = LISTENER)
	public void send(NotificationCreated created) {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			return;
		}
		deliveries.deliver(LISTENER, created, () -> notifications.findById(created.id())
			.filter(n -> n.getEmailedAt() == null)
			.ifPresent(n -> users.findById(n.getRecipient())
				.filter(u -> u.getEmail() != null && !u.getEmail().isBlank()).ifPresent(u -> {
					SimpleMailMessage message = new SimpleMailMessage();
					message.setFrom(from);
					message.setTo(u.getEmail());
					// In the language the recipient last chose in the app (English when they never chose).
					Locale reader = "ar".equals(u.getPreferredLanguage()) ? Locale.forLanguageTag("ar") : Locale.ENGLISH;
					// ...and times in the zone they chose on their profile (UTC when they chose none)
					java.time.ZoneId zone = u.getTimeZone();
					message.setSubject(n.subjectText().map(t -> texts.render(t, reader, zone)).orElse(n.getSubject()));
					message.setText(n.bodyText().map(t -> texts.render(t, reader, zone)).orElse(n.getBody())
							+ (n.getLink() == null ? "" : "\n\n" + baseUrl + n.getLink()));
					sender.send(message);
					n.markEmailed(clock.instant());
				})));
	}
}
