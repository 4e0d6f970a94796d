package org.trustfund.processes;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.NamedInterface;

/**
 * The one clock of the application and the process engine. It reads Camunda's {@link ClockUtil}, the time
 * the engine stamps on tasks and compares timers with, so that "now" and "today" of every service (the
 * injected {@link Clock} bean) and of the engine can never disagree, and a test that moves the engine's time
 * ({@code ClockUtil.setCurrentTime}) moves the application's with it. Outside tests {@code ClockUtil} is the
 * system clock. The zone is UTC unless {@link #withZone} says otherwise: the fund's dates are UTC dates.
 */
@NamedInterface("api")
public final class FundClock extends Clock {

	private final ZoneId zone;

	public FundClock() {
		this(ZoneOffset.UTC);
	}

	private FundClock(ZoneId zone) {
		this.zone = zone;
	}

	@Override
	public Instant instant() {
		return ClockUtil.getCurrentTime().toInstant();
	}

	@Override
	public long millis() {
		return ClockUtil.getCurrentTime().getTime();
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId other) {
		return other.equals(zone) ? this : new FundClock(other);
	}

	/** Registers the clock as the application's only {@link Clock} bean. */
	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		Clock clock() {
			return new FundClock();
		}
	}
}
