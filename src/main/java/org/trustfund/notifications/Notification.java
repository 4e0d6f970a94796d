package org.trustfund.notifications;

import org.springframework.modulith.NamedInterface;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A message to one user, kept in their in-app outbox whether or not it was also e-mailed. */
@Entity
@NamedInterface("api")
public class Notification {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String recipient;
	private String subject;
	private String body;
	private String link;
	private Instant createdAt;
	private Instant readAt;
	private Instant emailedAt;
	private String subjectKey;
	private String subjectArgs;
	private String bodyKey;
	private String bodyArgs;

	protected Notification() {
	}

	Notification(String recipient, String subject, String body, String link, Instant createdAt) {
		this.recipient = recipient;
		this.subject = subject;
		this.body = body;
		this.link = link;
		this.createdAt = createdAt;
	}

	Notification(String recipient, Text subject, String englishSubject, Text body, String englishBody, String link,
			Instant createdAt) {
		this(recipient, englishSubject, englishBody, link, createdAt);
		this.subjectKey = subject.key();
		this.subjectArgs = TextArgs.write(subject.args());
		this.bodyKey = body.key();
		this.bodyArgs = TextArgs.write(body.args());
	}

	/** @return the subject's key and arguments, or empty for a message written before messages had keys */
	java.util.Optional<Text> subjectText() {
		return subjectKey == null ? java.util.Optional.empty()
				: java.util.Optional.of(new Text(subjectKey, TextArgs.read(subjectArgs)));
	}

	/** @return the body's key and arguments, or empty for a message written before messages had keys */
	java.util.Optional<Text> bodyText() {
		return bodyKey == null ? java.util.Optional.empty()
				: java.util.Optional.of(new Text(bodyKey, TextArgs.read(bodyArgs)));
	}

	void markRead(Instant now) {
		if (readAt == null) {
			readAt = now;
		}
	}

	void markEmailed(Instant now) {
		emailedAt = now;
	}

	public Long getId() {
		return id;
	}

	public String getRecipient() {
		return recipient;
	}

	public String getSubject() {
		return subject;
	}

	public String getBody() {
		return body;
	}

	public String getLink() {
		return link;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getReadAt() {
		return readAt;
	}

	public Instant getEmailedAt() {
		return emailedAt;
	}
}
