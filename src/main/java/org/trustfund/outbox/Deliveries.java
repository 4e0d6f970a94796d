package org.trustfund.outbox;

import java.time.Clock;
import java.util.UUID;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.NamedInterface;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one delivery of an owed publication for an after-commit listener ({@code @TransactionalEventListener}
 * with an explicit {@code id}; Spring Modulith's registry recorded the publication in the transaction of the
 * change and marks it completed when the listener returns).
 * <p>
 * The work runs in a new transaction. A Camunda {@link OptimisticLockingException} (two deliveries moving the
 * same process instance at once) is retried at once, up to {@value #LOCK_RETRIES} times; any other failure,
 * or the last one, is recorded against the publication (attempts, error, next due time by the back-off of
 * {@link OutboxSettings}) and rethrown, so the publication stays owed and the retry job delivers it again.
 * Listeners must therefore be harmless when delivered twice.
 */
@NamedInterface("api")
@Component
public class Deliveries {

	static final int LOCK_RETRIES = 3;

	private static final Logger log = LoggerFactory.getLogger(Deliveries.class);

	private final TransactionTemplate transaction;
	private final DeliveryAttempts attempts;
	private final EventSerializer serializer;
	private final OutboxSettings settings;
	private final Clock clock;

	Deliveries(PlatformTransactionManager transactions, DeliveryAttempts attempts, EventSerializer serializer,
			OutboxSettings settings, Clock clock) {
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.attempts = attempts;
		this.serializer = serializer;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Delivers {@code event} to {@code work}.
	 * @param listenerId the {@code id} of the listener's {@code @TransactionalEventListener}
	 * @param event the event as published (serialized as the registry does, to find its publication)
	 * @param work the delivery; it commits in its own transaction
	 * @throws RuntimeException the work's failure, after it was recorded
	 */
	public void deliver(String listenerId, Object event, Runnable work) {
		for (int attempt = 1;; attempt++) {
			try {
				transaction.executeWithoutResult(status -> work.run());
				return;
			}
			catch (OptimisticLockingException e) {
				if (attempt >= LOCK_RETRIES) {
					recordFailure(listenerId, event, e);
					throw e;
				}
				log.debug("{}: concurrent change of a process instance, delivering again ({})", listenerId,
						e.getMessage());
			}
			catch (RuntimeException e) {
				recordFailure(listenerId, event, e);
				throw e;
			}
		}
	}

	private void recordFailure(String listenerId, Object event, RuntimeException failure) {
		try {
			transaction.executeWithoutResult(status -> {
				UUID id = attempts.publicationOf(listenerId, serializer.serialize(event).toString()).orElse(null);
				if (id == null) {
					log.warn("{} failed for {} without an owed publication: {}", listenerId, event, failure.toString());
					return;
				}
				int failed = attempts.owed(id).map(DeliveryAttempts.Owed::attempts).orElse(0) + 1;
				var now = clock.instant();
				attempts.failed(id, failure.toString(), now, now.plus(settings.backOff(failed)));
				attempts.failedHere(id);
				log.warn("Delivery {} of {} to {} failed (attempt {} of {}): {}", id, event.getClass().getSimpleName(),
						listenerId, failed, settings.maxAttempts(), failure.toString());
			});
		}
		catch (RuntimeException e) {
			log.error("Could not record the failed delivery of {} to {}", event, listenerId, e);
		}
	}
}
