package org.trustfund.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Commas only between groups of three digits; a point for decimals; Arabic-Indic digits read as Latin ones. */
class AmountTextTest {

	@Test
	void readsPlainAndGroupedNumbers() {
		assertThat(AmountText.read("1500.50")).isEqualByComparingTo("1500.50");
		assertThat(AmountText.read(" 1,500.50 ")).isEqualByComparingTo("1500.50");
		assertThat(AmountText.read("15,000")).isEqualByComparingTo("15000");
		assertThat(AmountText.read("1,234,567.8")).isEqualByComparingTo("1234567.8");
		assertThat(AmountText.read("-50")).isEqualByComparingTo("-50");
		assertThat(AmountText.read("")).isNull();
		assertThat(AmountText.read(null)).isNull();
	}

	@Test
	void refusesADecimalCommaSayingHowToWriteIt() {
		assertThatThrownBy(() -> AmountText.read("1500,50")).isInstanceOfSatisfying(AmountText.NotANumber.class, e -> {
			assertThat(e.problem()).isEqualTo(AmountText.Problem.DECIMAL_COMMA);
			assertThat(e.suggestion()).isEqualTo("1500.50");
		});
	}

	@Test
	void refusesCommasOutsideGroupsOfThree() {
		for (String bad : new String[] { "12,5,5", "1,50", "15,0000", ",500", "1,500,00", "1.500.50", "abc", "12a",
				"1 500" }) {
			assertThatThrownBy(() -> AmountText.read(bad)).as(bad).isInstanceOf(NumberFormatException.class);
		}
	}

	@Test
	void readsArabicIndicDigitsAsLatinOnes() {
		assertThat(AmountText.read("١٢")).isEqualTo(new BigDecimal("12"));
		assertThat(AmountText.read("١٬٥٠٠٫٥٠")).isEqualByComparingTo("1500.50");
		assertThat(AmountText.read("۱۲")).isEqualTo(new BigDecimal("12"));
		assertThatThrownBy(() -> AmountText.number(" ")).isInstanceOf(NumberFormatException.class);
	}
}
