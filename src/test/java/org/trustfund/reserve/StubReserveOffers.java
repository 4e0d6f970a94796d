package org.trustfund.reserve;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.trustfund.board.ReserveOffers;

/**
 * Until the Board's sessions provide {@link ReserveOffers}, the tests hand out written-procedure ids here.
 * Registered only when the application has no implementation, so the real one always wins.
 */
@Configuration(proxyBeanMethods = false)
class StubReserveOffers {

	@Bean
	@ConditionalOnMissingBean(ReserveOffers.class)
	ReserveOffers testReserveOffers() {
		AtomicLong ids = new AtomicLong(System.nanoTime() % 1_000_000 + 1_000_000);
		return (long callId, List<Long> proposalIds, boolean chairOnly) -> ids.incrementAndGet();
	}
}
