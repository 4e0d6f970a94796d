package org.trustfund.setup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the start-up data once, even when several nodes start together: every {@link StartupStep} runs
 * in one transaction that first locks the row {@code startup_lock('startup-data')} ({@code select ... for
 * update}), so a second node waits until the first has committed and then finds the data there.
 * <p>
 * Readiness ({@code /actuator/health/readiness}): {@link ReadinessState#REFUSING_TRAFFIC} until the steps
 * have committed, then {@link ReadinessState#ACCEPTING_TRAFFIC}; a load balancer sends no log-in to a node
 * whose users are not written yet. A failing step stops the start.
 */
@Component
class StartupData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(StartupData.class);
	static final String LOCK = "startup-data";

	private final ObjectProvider<StartupStep> steps;
	private final JdbcTemplate jdbc;
	private final TransactionTemplate transaction;
	private final ApplicationEventPublisher events;

	StartupData(ObjectProvider<StartupStep> steps, JdbcTemplate jdbc, PlatformTransactionManager transactions,
			ApplicationEventPublisher events) {
		this.steps = steps;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.events = events;
	}

	@Override
	public void run(ApplicationArguments args) {
		AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
		long started = System.nanoTime();
		transaction.executeWithoutResult(status -> {
			jdbc.queryForObject("select name from startup_lock where name = ? for update", String.class, LOCK);
			steps.orderedStream().forEach(StartupStep::run);
		});
		AvailabilityChangeEvent.publish(events, this, ReadinessState.ACCEPTING_TRAFFIC);
		log.info("Start-up data in place after {} ms: accepting traffic", (System.nanoTime() - started) / 1_000_000);
	}
}
