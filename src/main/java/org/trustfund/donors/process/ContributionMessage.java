package org.trustfund.donors.process;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.trustfund.donors.ContributionReceived;
import org.trustfund.outbox.Deliveries;

/**
 * Correlates {@code ContributionReceived} to every process waiting for new money, after the contribution
 * is committed (so the process sees the money). correlateAll: it is fine that nothing waits. The outbox (the
 * event publication registry) recorded the delivery with the contribution, so a crash or failure before it
 * succeeds is retried; a repeated delivery is harmless: the reserve list checks the balance and only money it
 * has not seen makes passed-over projects eligible again.
 */
@Component
class ContributionMessage {

	static final String LISTENER = "donors.contribution-received";

	private static final Logger log = LoggerFactory.getLogger(ContributionMessage.class);

	private final RuntimeService runtime;
	private final Deliveries deliveries;

	ContributionMessage(RuntimeService runtime, Deliveries deliveries) {
		this.runtime = runtime;
		this.deliveries = deliveries;
	}

	@TransactionalEventListener(id = LISTENER)
	public void correlate(ContributionReceived received) {
		deliveries.deliver(LISTENER, received, () -> {
			int reached = runtime.createMessageCorrelation(ContributionReceived.MESSAGE).correlateAllWithResult()
				.size();
			log.info("Contribution {} received: message {} reached {} process instance(s)",
					received.contributionId(), ContributionReceived.MESSAGE, reached);
		});
	}
}
