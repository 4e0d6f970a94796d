package org.trustfund.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** A message's times are written in its reader's zone (e-mails and the in-app list); its calendar dates as they are. */
class NoticeTextsZoneTest {

	@Test
	void momentsInTheReadersZoneDatesAsTheyAre() {
		StaticMessageSource bundle = new StaticMessageSource();
		bundle.addMessage("test.due", Locale.ENGLISH, "Sent {0}, due {1}");
		NoticeTexts texts = new NoticeTexts(bundle);
		Text text = Text.of("test.due", Instant.parse("2026-12-01T22:30:00Z"), LocalDate.of(2026, 12, 15));

		assertThat(texts.render(text, Locale.ENGLISH, ZoneId.of("Africa/Nairobi")))
			.isEqualTo("Sent 2 December 2026, 01:30 EAT, due 15 December 2026");
		assertThat(texts.render(text, Locale.ENGLISH, null)).isEqualTo("Sent 1 December 2026, 22:30 UTC, due 15 December 2026");
		assertThat(texts.render(text, Locale.ENGLISH)).isEqualTo("Sent 1 December 2026, 22:30 UTC, due 15 December 2026");
	}
}
