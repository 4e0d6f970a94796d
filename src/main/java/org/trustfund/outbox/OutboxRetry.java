package org.trustfund.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.trustfund.outbox.DeliveryAttempts.Owed;
import org.trustfund.shared.NotFoundException;

/**
 * Delivers again what is still owed. Every {@code trustfund.outbox.resubmit-every} it resubmits each owed
 * publication that is due: one never attempted that is older than {@code first-retry-after} (its first
 * delivery after commit was lost, e.g. in a crash), or one that failed fewer than {@code max-attempts} times
 * and whose back-off has passed; one whose last attempt failed on this node is left to the other nodes for
 * {@code other-nodes-first} first. On start, {@link OutboxStart} delivers everything owed but the undeliverable.
 */
@Service
@EnableScheduling
public class OutboxRetry {

	private static final Logger log = LoggerFactory.getLogger(OutboxRetry.class);

	private final IncompleteEventPublications incomplete;
	private final CompletedEventPublications completed;
	private final DeliveryAttempts attempts;
	private final OutboxSettings settings;
	private final Clock clock;
	private final java.time.Duration otherNodesFirst;

	OutboxRetry(IncompleteEventPublications incomplete, CompletedEventPublications completed,
			DeliveryAttempts attempts, OutboxSettings settings, Clock clock,
			@org.springframework.beans.factory.annotation.Value("${trustfund.outbox.other-nodes-first:PT1M}")
			java.time.Duration otherNodesFirst) {
		this.otherNodesFirst = otherNodesFirst;
		this.incomplete = incomplete;
		this.completed = completed;
		this.attempts = attempts;
		this.settings = settings;
		this.clock = clock;
	}

	/** The scheduled run: resubmits what is due, then forgets completed publications past their keeping time. */
	@Scheduled(fixedDelayString = "${trustfund.outbox.resubmit-every:PT30S}",
			initialDelayString = "${trustfund.outbox.resubmit-every:PT30S}")
	public void run() {
		int resubmitted = resubmitDue();
		if (resubmitted > 0) {
			log.info("Outbox: resubmitted {} owed deliveries", resubmitted);
		}
		completed.deletePublicationsOlderThan(settings.keepCompleted());
		attempts.forgetDelivered();
	}

	/**
	 * Resubmits every owed publication that is due now (see the class comment); each is leased for its next
	 * back-off first, so an attempt still running is not started twice.
	 * @return how many publications were resubmitted
	 */
	public int resubmitDue() {
		Instant now = clock.instant();
		List<Owed> owed = attempts.owed();
		attempts.keepFailedHere(owed.stream().map(Owed::id).toList());
		List<Owed> due = owed.stream().filter(o -> isDue(o, now) && !leftToOtherNodes(o, now)).toList();
		return resubmit(due, now);
	}

	/**
	 * A delivery that failed on this node is left to the other nodes for {@code trustfund.outbox.other-nodes-first}
	 * (one minute) after it is due: what failed here may be this node's own trouble and work elsewhere. Then this
	 * node tries again too, so a single node still delivers it, that much later.
	 */
	private boolean leftToOtherNodes(Owed owed, Instant now) {
		return attempts.lastFailedHere(owed.id()) && owed.nextAttemptAt() != null
				&& now.isBefore(owed.nextAttemptAt().plus(otherNodesFirst));
	}

	/**
	 * On start, before the node accepts traffic: delivers everything still owed at once, whatever its back-off
	 * (a crash may have lost a delivery after its commit), except the undeliverable ones, which only an
	 * administrator's retry delivers. Replaces Spring Modulith's republish-on-restart, which would resubmit the
	 * undeliverable ones too.
	 * @return how many publications were resubmitted
	 */
	public int resubmitOnStart() {
		Instant now = clock.instant();
		return resubmit(attempts.owed().stream().filter(o -> o.attempts() < settings.maxAttempts()).toList(), now);
	}

	/**
	 * An administrator's retry of one owed publication, whatever its attempts: the count starts again and it is
	 * delivered now.
	 * @return the publication afterwards: gone from the owed ones (empty) when the delivery succeeded
	 * @throws NotFoundException if no owed publication has this id (unknown, or delivered meanwhile)
	 */
	public java.util.Optional<OwedDelivery> retry(UUID id) {
		Owed owed = attempts.owed(id).orElseThrow(() -> NotFoundException.keyed("notFound.delivery", "No owed delivery " + id, String.valueOf(id)));
		attempts.reset(id);
		resubmit(List.of(owed), clock.instant());
		return attempts.owed(id).map(o -> OwedDelivery.of(o, settings));
	}

	/** Every owed publication, oldest first, with its attempts, error and state, for administrators. */
	public List<OwedDelivery> owed() {
		return attempts.owed().stream().map(o -> OwedDelivery.of(o, settings)).toList();
	}

	private boolean isDue(Owed owed, Instant now) {
		if (owed.nextAttemptAt() == null) {
			return !owed.publishedAt().plus(settings.firstRetryAfter()).isAfter(now);
		}
		return owed.attempts() < settings.maxAttempts() && !owed.nextAttemptAt().isAfter(now);
	}

	private int resubmit(List<Owed> due, Instant now) {
		if (due.isEmpty()) {
			return 0;
		}
		Set<UUID> ids = due.stream()
			.filter(o -> attempts.lease(o.id(), now.plus(settings.backOff(Math.max(o.attempts(), 1)))))
			.map(Owed::id).collect(Collectors.toSet());
		if (ids.isEmpty()) {
			return 0;
		}
		incomplete.resubmitIncompletePublications(p -> ids.contains(p.getIdentifier()));
		return ids.size();
	}
}
