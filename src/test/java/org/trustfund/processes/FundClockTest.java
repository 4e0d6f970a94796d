package org.trustfund.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.trustfund.IntegrationTest;
import org.trustfund.organisations.OnboardingSettings;
import org.trustfund.proposals.ReviewSettings;

/** One clock: moving the engine's time moves every service's "now" and "today", due dates included. */
@IntegrationTest
class FundClockTest {

	@Autowired Clock clock;
	@Autowired ReviewSettings review;
	@Autowired OnboardingSettings onboarding;

	@AfterEach
	void resetTime() {
		ClockUtil.reset();
	}

	@Test
	void theApplicationsClockIsTheEnginesClock() {
		Instant moved = Instant.parse("2031-02-03T04:05:06Z");
		ClockUtil.setCurrentTime(Date.from(moved));

		assertThat(clock).isInstanceOf(FundClock.class);
		assertThat(clock.instant()).isEqualTo(moved);
		assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2031, 2, 3));
		assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
		assertThat(review.replyDue().toInstant()).isEqualTo(moved.plus(java.time.Duration.parse(review.getReplyPeriod())));
		assertThat(onboarding.replyDue().toInstant()).isEqualTo(moved.plus(java.time.Duration.parse(onboarding.getReplyPeriod())));

		ClockUtil.reset();
		assertThat(clock.instant()).isBetween(Instant.now().minusSeconds(5), Instant.now().plusSeconds(5));
	}

	@Test
	void anotherZoneKeepsTheSameInstant() {
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2031-02-03T23:30:00Z")));

		Clock vienna = clock.withZone(java.time.ZoneId.of("Europe/Vienna"));

		assertThat(vienna.instant()).isEqualTo(clock.instant());
		assertThat(LocalDate.now(vienna)).isEqualTo(LocalDate.of(2031, 2, 4));
		assertThat(clock.withZone(ZoneOffset.UTC)).isSameAs(clock);
	}
}
