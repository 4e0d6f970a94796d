package org.trustfund.outbox;

import java.time.Instant;
import java.util.UUID;

/**
 * A delivery the application still owes, for administrators: the publication's id, the listener it is owed
 * to, the event's type (simple class name), when the change was committed, failed attempts so far, the last
 * error (null before the first failure), when it is retried next (null: within {@code first-retry-after} of
 * its publication, or never again by itself because it is undeliverable) and whether it is undeliverable ({@code max-attempts} reached: only an administrator's
 * retry delivers it).
 */
public record OwedDelivery(UUID id, String listener, String eventType, Instant publishedAt, int attempts,
		String lastError, Instant lastFailedAt, Instant nextAttemptAt, boolean undeliverable) {

	static OwedDelivery of(DeliveryAttempts.Owed o, OutboxSettings settings) {
		String type = o.eventType().substring(o.eventType().lastIndexOf('.') + 1);
		boolean undeliverable = o.attempts() >= settings.maxAttempts();
		return new OwedDelivery(o.id(), o.listenerId(), type.substring(type.lastIndexOf('$') + 1), o.publishedAt(),
				o.attempts(), o.lastError(), o.lastFailedAt(), undeliverable ? null : o.nextAttemptAt(), undeliverable);
	}
}
