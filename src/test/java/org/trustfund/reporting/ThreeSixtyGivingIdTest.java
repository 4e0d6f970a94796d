package org.trustfund.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.trustfund.grants.OpenGrants.OpenGrant;

/** The recipient's identifier in the open data is org-id.guide style whatever its registration number holds. */
class ThreeSixtyGivingIdTest {

	private static OpenGrant of(String country, String registration) {
		LocalDate d = LocalDate.of(2025, 1, 1);
		return new OpenGrant("G-1", "Shelter", BigDecimal.TEN, BigDecimal.ONE, d, d, d.plusYears(1), 12, "KE",
				"Safe House", country, registration, "Call 2025");
	}

	@Test
	void spacesSlashesDotsAndUnderscoresBecomeOneHyphen() {
		assertThat(ThreeSixtyGiving.recipientId(of("KE", " RC/1234 2001 "))).isEqualTo("KE-RC-1234-2001");
		assertThat(ThreeSixtyGiving.recipientId(of("NG", "REG-h_954db9_26"))).isEqualTo("NG-REG-h-954db9-26");
		assertThat(ThreeSixtyGiving.recipientId(of("TH", "No. 12.34/"))).isEqualTo("TH-No-12-34");
		assertThat(ThreeSixtyGiving.recipientId(of("GB", "1234567"))).isEqualTo("GB-1234567");
	}
}
