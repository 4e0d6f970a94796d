package org.trustfund.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.thymeleaf.util.NumberPointType;
import org.thymeleaf.util.NumberUtils;

/** The one place amounts are written: pages as Thymeleaf wrote them before, text and CSV as before. */
class MoneyFormatTest {

	private static final List<Object> AMOUNTS = List.of(Money.ZERO, Money.of("0.05"), Money.of("1234.5"),
			Money.of("999999999999.99"), new BigDecimal("-10.00"), new BigDecimal("-1234567.89"), new BigDecimal("1E+3"),
			new BigDecimal("2.345"), 42, 7L);

	@Test
	void writesPagesExactlyAsThymeleafsFormatDecimalDidInEveryLanguage() {
		for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("ar"), Locale.FRENCH)) {
			for (Object amount : AMOUNTS) {
				Number number = amount instanceof Money m ? m.amount() : (Number) amount;
				assertThat(MoneyFormat.page(amount, locale)).as("%s in %s", amount, locale)
					.isEqualTo(NumberUtils.format(number, 1, NumberPointType.COMMA, 2, NumberPointType.POINT, locale));
			}
		}
		assertThat(MoneyFormat.page(Money.of("1234.5"), Locale.ENGLISH)).isEqualTo("1,234.50");
		assertThat(MoneyFormat.page(null, Locale.ENGLISH)).isNull();
	}

	@Test
	void writesTextWithTheFundsCurrencyAndLatinDigits() {
		assertThat(Money.CURRENCY).isEqualTo("USD");
		assertThat(MoneyFormat.text(Money.of("1234567.5"))).isEqualTo("USD 1,234,567.50");
		assertThat(Money.of("1234567.5").format()).isEqualTo("USD 1,234,567.50");
		assertThat(MoneyFormat.text(new BigDecimal("-10"))).isEqualTo("USD -10.00");
		assertThat(Money.grouped(new BigDecimal("0.5"))).isEqualTo("0.50");
	}

	@Test
	void writesCsvCellsAsPlainNumbers() {
		assertThat(MoneyFormat.csv(Money.of("1234.5"))).isEqualTo(new BigDecimal("1234.50"));
		assertThat(MoneyFormat.csv(new BigDecimal("1E+3")).toString()).isEqualTo("1000");
		assertThat(MoneyFormat.csv(new BigDecimal("-10.00")).toString()).isEqualTo("-10.00");
		assertThatThrownBy(() -> MoneyFormat.csv("ten")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void storesMoneyAsItsAmountAndReadsItBack() {
		MoneyConverter converter = new MoneyConverter();
		assertThat(converter.convertToDatabaseColumn(Money.of("12.5"))).isEqualTo(new BigDecimal("12.50"));
		assertThat(converter.convertToEntityAttribute(new BigDecimal("12.50"))).isEqualTo(Money.of("12.5"));
		assertThat(converter.convertToDatabaseColumn(null)).isNull();
		assertThat(converter.convertToEntityAttribute(null)).isNull();
		assertThatThrownBy(() -> converter.convertToEntityAttribute(new BigDecimal("-1.00")))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
