package org.trustfund.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@link Readable} writes moments in the reader's zone with its name; calendar dates stay as they are. */
class ReadableZoneTest {

	private static final Locale ARABIC = Locale.forLanguageTag("ar-u-nu-latn");
	private static final Instant LATE = Instant.parse("2026-12-01T22:30:00Z");

	@Test
	void aMomentIsWrittenInTheReadersZoneWithItsShortName() {
		ZoneId nairobi = ZoneId.of("Africa/Nairobi");
		assertThat(Readable.dateTime(LATE, Locale.ENGLISH, nairobi)).isEqualTo("2 December 2026, 01:30 EAT");
		assertThat(Readable.dateTime(LATE, ARABIC, nairobi)).isEqualTo("2 ديسمبر 2026، 01:30 EAT");
		assertThat(Readable.date(LATE, Locale.ENGLISH, nairobi)).isEqualTo("2 December 2026");
	}

	@Test
	void utcIsTheDefaultAndSaysSo() {
		assertThat(Readable.dateTime(LATE, Locale.ENGLISH)).isEqualTo("1 December 2026, 22:30 UTC");
		assertThat(Readable.dateTime(LATE, Locale.ENGLISH, null)).isEqualTo("1 December 2026, 22:30 UTC");
		assertThat(Readable.dateTime(LATE, Locale.ENGLISH, ZoneId.of("UTC"))).isEqualTo("1 December 2026, 22:30 UTC");
		assertThat(Readable.date(LATE, Locale.ENGLISH, null)).isEqualTo("1 December 2026");
		assertThat(Readable.dateTime(null, Locale.ENGLISH, ZoneId.of("Africa/Nairobi"))).isEmpty();
	}

	@Test
	void summerTimeAndZonesWithoutAShortNameAreNamed() {
		Instant july = Instant.parse("2026-07-01T12:00:00Z");
		assertThat(Readable.dateTime(july, Locale.ENGLISH, ZoneId.of("Europe/Berlin"))).isEqualTo("1 July 2026, 14:00 CEST");
		assertThat(Readable.dateTime(LATE, Locale.ENGLISH, ZoneId.of("Europe/Berlin"))).isEqualTo("1 December 2026, 23:30 CET");
		// an offset zone has no name: its offset says which
		assertThat(Readable.dateTime(LATE, Locale.ENGLISH, ZoneId.of("+03:00"))).endsWith("01:30 +03:00");
	}

	@Test
	void calendarDatesAndZoneIdsAreCheckedAsTheyAre() {
		assertThat(Readable.date(LocalDate.of(2026, 12, 1), Locale.ENGLISH)).isEqualTo("1 December 2026");
		assertThat(Readable.knownZone("Africa/Nairobi")).isTrue();
		assertThat(Readable.knownZone("Mars/Olympus_Mons")).isFalse();
		assertThat(Readable.knownZone(null)).isFalse();
	}
}
