package org.trustfund.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;

import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.trustfund.notifications.NotificationService;
import org.trustfund.proposals.Fixtures;
import org.trustfund.users.Role;

/** A notification's e-mail reaches a real SMTP server (GreenMail) once, whether its delivery fails or repeats. */
class OutboxMailTest extends OutboxTestSupport {

	static final String LISTENER = "notifications.mail";

	@Autowired NotificationService notifications;
	@Autowired Fixtures fixtures;

	@Test
	void anEMailThatFailedIsSentOnRetryAndOnlyOnce() throws Exception {
		String user = fixtures.user(Role.FUND_MANAGER);
		doThrow(new MailSendException("SMTP server unreachable")).doCallRealMethod().when(mail)
			.send(any(SimpleMailMessage.class));

		notifications.notifyUser(user, "Offer decided " + user, "The Board decided.", "/reserve");

		assertThat(received(user)).isEmpty();
		OwedDelivery owed = owedTo(LISTENER).get(0);
		assertThat(owed.lastError()).contains("SMTP server unreachable");
		assertThat(emailedAt(user)).isNull();

		makeDue(owed.id());
		outbox.resubmitDue();
		SMTP.waitForIncomingEmail(5000, 1);

		assertThat(received(user)).singleElement()
			.satisfies(m -> assertThat(m.getSubject()).isEqualTo("Offer decided " + user));
		assertThat(emailedAt(user)).isNotNull();
		assertThat(owedTo(LISTENER)).isEmpty();
	}

	@Test
	void anEMailDeliveredAgainAfterACrashIsNotSentTwice() throws Exception {
		String user = fixtures.user(Role.FUND_MANAGER);
		notifications.notifyUser(user, "Grant ready " + user, "Please accept.", null);
		SMTP.waitForIncomingEmail(5000, 1);
		assertThat(received(user)).hasSize(1);

		forgetCompletion(LISTENER); // sent, but the crash came before the delivery was recorded as complete
		assertThat(owedTo(LISTENER)).hasSize(1);
		outbox.resubmitDue();

		assertThat(owedTo(LISTENER)).isEmpty();
		assertThat(received(user)).as("one e-mail for one notification").hasSize(1);
	}

	private java.util.List<MimeMessage> received(String user) {
		return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
			try {
				return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().startsWith(user + "@"));
			}
			catch (jakarta.mail.MessagingException e) {
				throw new IllegalStateException(e);
			}
		}).toList();
	}

	private java.time.Instant emailedAt(String user) {
		return notifications.outbox(user).stream().findFirst().orElseThrow().getEmailedAt();
	}
}
