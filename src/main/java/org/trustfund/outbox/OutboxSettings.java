package org.trustfund.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code trustfund.outbox.*}: how owed deliveries (after-commit messages and e-mails recorded in the event
 * publication registry) are retried.
 *
 * @param resubmitEvery how often the retry job looks for owed deliveries that are due
 * @param firstRetryAfter how long a delivery may be in flight before the job takes it over, and the first
 *        back-off after a failure; each later failure doubles it
 * @param maxBackOff the longest wait between two attempts
 * @param maxAttempts failed attempts after which a delivery is undeliverable: no more automatic retries, it is
 *        listed for administrators until one of them retries it
 * @param keepCompleted how long completed publications are kept before they are deleted
 */
@ConfigurationProperties("trustfund.outbox")
public record OutboxSettings(Duration resubmitEvery, Duration firstRetryAfter, Duration maxBackOff,
		Integer maxAttempts, Duration keepCompleted) {

	public OutboxSettings {
		resubmitEvery = resubmitEvery == null ? Duration.ofSeconds(30) : resubmitEvery;
		firstRetryAfter = firstRetryAfter == null ? Duration.ofMinutes(1) : firstRetryAfter;
		maxBackOff = maxBackOff == null ? Duration.ofHours(6) : maxBackOff;
		maxAttempts = maxAttempts == null ? 10 : maxAttempts;
		keepCompleted = keepCompleted == null ? Duration.ofDays(30) : keepCompleted;
		if (maxAttempts < 1 || firstRetryAfter.isNegative() || maxBackOff.compareTo(firstRetryAfter) < 0) {
			throw new IllegalArgumentException("trustfund.outbox: max-attempts must be at least 1 and max-back-off "
					+ "at least first-retry-after");
		}
	}

	/**
	 * The wait after the given number of failed attempts: {@code firstRetryAfter × 2^(attempts-1)}, at most
	 * {@code maxBackOff}; {@code firstRetryAfter} for 0 or 1.
	 */
	public Duration backOff(int attempts) {
		Duration wait = firstRetryAfter;
		for (int i = 1; i < attempts && wait.compareTo(maxBackOff) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return wait.compareTo(maxBackOff) > 0 ? maxBackOff : wait;
	}
}
