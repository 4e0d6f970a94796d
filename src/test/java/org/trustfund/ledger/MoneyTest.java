package org.trustfund.ledger;

import org.trustfund.shared.Money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

	@Test
	void keepsTwoDecimalsExactly() {
		assertThat(Money.of("10.5").amount()).isEqualByComparingTo("10.50").hasScaleOf(2);
		assertThat(Money.of("0.10").plus(Money.of("0.20"))).isEqualTo(Money.of("0.30"));
		assertThat(Money.of(7).toString()).isEqualTo("7.00");
	}

	@Test
	void acceptsTrailingZerosBeyondTwoDecimals() {
		assertThat(Money.of("12.3400")).isEqualTo(Money.of("12.34"));
	}

	@Test
	void refusesMoreThanTwoDecimals() {
		assertThatThrownBy(() -> Money.of("1.005")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("two decimals");
	}

	@Test
	void refusesNegativeAmounts() {
		assertThatThrownBy(() -> Money.of("-0.01")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("negative");
		assertThatThrownBy(() -> Money.of(1).minus(Money.of(2))).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void refusesAmountsBeyondWhatTheDatabaseHolds() {
		assertThatThrownBy(() -> Money.of(new BigDecimal("1000000000000"))).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void refusesTextThatIsNoNumber() {
		assertThatThrownBy(() -> Money.of("ten")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("Not an amount");
	}

	@Test
	void comparesByValueAndFormatsForReceipts() {
		assertThat(Money.of("2.0").compareTo(Money.of("2"))).isZero();
		assertThat(Money.of("1234567.5").format()).isEqualTo("USD 1,234,567.50");
		assertThat(Money.ZERO.isZero()).isTrue();
		assertThat(Money.of("0.01").isPositive()).isTrue();
	}
}
