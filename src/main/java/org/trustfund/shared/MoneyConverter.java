package org.trustfund.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.math.BigDecimal;

/**
 * Stores every {@link Money} attribute of every entity as its amount, in the column the attribute always had
 * ({@code numeric(19,2)}): no schema change, and SQL (reports, sums, the PostgreSQL checks) keeps reading plain
 * numbers. A null column is a null attribute (an amount not known yet, such as an unpaid tranche's payment).
 * <p>
 * Applied automatically to every {@code Money} attribute. Reading a negative or over-long value from the database
 * throws {@link IllegalArgumentException}: the columns mapped to {@code Money} hold only amounts the fund's rules
 * allowed, so such a value is corruption, not data.
 */
@Converter(autoApply = true)
public class MoneyConverter implements AttributeConverter<Money, BigDecimal> {

	/** @return the amount, scale 2, or null for null */
	@Override
	public BigDecimal convertToDatabaseColumn(Money money) {
		return money == null ? null : money.amount();
	}

	/** @return the amount as {@code Money}, or null for a null column */
	@Override
	public Money convertToEntityAttribute(BigDecimal column) {
		return column == null ? null : Money.of(column);
	}
}
