package org.trustfund.outbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On every start, once the start-up data are in: delivers what is still owed ({@link OutboxRetry#resubmitOnStart},
 * undeliverable ones excepted). A delivery lost in a crash between a commit and its delivery is made here at the
 * latest; the retry job ({@code trustfund.outbox.resubmit-every}) would make it later otherwise.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class OutboxStart implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(OutboxStart.class);

	private final OutboxRetry outbox;

	OutboxStart(OutboxRetry outbox) {
		this.outbox = outbox;
	}

	@Override
	public void run(ApplicationArguments args) {
		int resubmitted = outbox.resubmitOnStart();
		if (resubmitted > 0) {
			log.info("Outbox: delivered {} owed deliveries on start", resubmitted);
		}
	}
}
