package org.trustfund.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The retry pauses: doubled after each failure, capped; settings that cannot work are refused at start. */
class OutboxSettingsTest {

	final OutboxSettings settings = new OutboxSettings(null, Duration.ofMinutes(1), Duration.ofMinutes(10), 5, null);

	@Test
	void thePauseDoublesAfterEachFailureUpToTheLongest() {
		assertThat(settings.backOff(0)).isEqualTo(Duration.ofMinutes(1));
		assertThat(settings.backOff(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(settings.backOff(2)).isEqualTo(Duration.ofMinutes(2));
		assertThat(settings.backOff(3)).isEqualTo(Duration.ofMinutes(4));
		assertThat(settings.backOff(4)).isEqualTo(Duration.ofMinutes(8));
		assertThat(settings.backOff(5)).isEqualTo(Duration.ofMinutes(10));
		assertThat(settings.backOff(60)).isEqualTo(Duration.ofMinutes(10));
	}

	@Test
	void defaultsApplyAndImpossibleSettingsAreRefused() {
		OutboxSettings defaults = new OutboxSettings(null, null, null, null, null);
		assertThat(defaults.resubmitEvery()).isEqualTo(Duration.ofSeconds(30));
		assertThat(defaults.maxAttempts()).isEqualTo(10);
		assertThat(defaults.keepCompleted()).isEqualTo(Duration.ofDays(30));
		assertThatThrownBy(() -> new OutboxSettings(null, null, null, 0, null))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new OutboxSettings(null, Duration.ofHours(2), Duration.ofHours(1), 3, null))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
