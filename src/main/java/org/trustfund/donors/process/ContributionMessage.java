package org.trustfund.donors.process;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.trustfund.donors.ContributionReceived;

/**
 * Correlates {@code ContributionReceived} to every process waiting for new money, after the contribution
 * is committed (so the process sees the money). correlateAll: it is fine that nothing waits.
 */
@Component
class ContributionMessage {

	private static final Logger log = LoggerFactory.getLogger(ContributionMessage.class);

	private final RuntimeService runtime;

	ContributionMessage(RuntimeService runtime) {
		this.runtime = runtime;
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void correlate(ContributionReceived received) {
		int reached = runtime.createMessageCorrelation(ContributionReceived.MESSAGE).correlateAllWithResult().size();
		log.info("Contribution {} received: message {} reached {} process instance(s)", received.contributionId(),
				ContributionReceived.MESSAGE, reached);
	}
}
