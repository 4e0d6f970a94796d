package org.trustfund.notifications;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.trustfund.notifications.NotificationService.NotificationCreated;
import org.trustfund.users.UserAccounts;

/**
 * E-mails each message after its transaction commits, when {@code spring.mail.host} is set. A failed
 * e-mail is logged; the message stays in the outbox either way.
 */
@Component
class MailSender {

	private static final Logger log = LoggerFactory.getLogger(MailSender.class);

	private final ObjectProvider<JavaMailSender> mail;
	private final Notifications notifications;
	private final UserAccounts users;
	private final String from;
	private final String baseUrl;
	private final Clock clock;

	MailSender(ObjectProvider<JavaMailSender> mail, Notifications notifications, UserAccounts users,
			@Value("${trustfund.mail.from}") String from, @Value("${trustfund.base-url}") String baseUrl,
			Clock clock) {
		this.mail = mail;
		this.notifications = notifications;
		this.users = users;
		this.from = from;
		this.baseUrl = baseUrl;
		this.clock = clock;
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void send(NotificationCreated created) {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			return;
		}
		notifications.findById(created.id()).ifPresent(n -> users.findById(n.getRecipient())
			.filter(u -> u.getEmail() != null && !u.getEmail().isBlank()).ifPresent(u -> {
				SimpleMailMessage message = new SimpleMailMessage();
				message.setFrom(from);
				message.setTo(u.getEmail());
				message.setSubject(n.getSubject());
				message.setText(n.getBody() + (n.getLink() == null ? "" : "\n\n" + baseUrl + n.getLink()));
				try {
					sender.send(message);
					n.markEmailed(clock.instant());
				}
				catch (MailException e) {
					log.warn("Could not e-mail message {} to {}: {}", n.getId(), u.getUsername(), e.getMessage());
				}
			}));
	}
}
