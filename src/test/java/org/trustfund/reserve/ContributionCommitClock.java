package org.trustfund.reserve;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.trustfund.donors.ContributionReceived;

/** For the benchmark: when the last contribution was committed (before the message is correlated). */
@Component
class ContributionCommitClock {

	private volatile long lastCommit;

	@TransactionalEventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void committed(ContributionReceived received) {
		lastCommit = System.nanoTime();
	}

	long lastCommit() {
		return lastCommit;
	}
}
