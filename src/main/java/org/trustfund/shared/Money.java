package org.trustfund.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;

/**
 * An exact amount of US dollars: never negative, at most two decimals, always held with scale 2.
 * Anything else is refused at construction, so a {@code Money} is valid wherever it travels.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

	/** Upper bound that keeps every sum inside the database's numeric(19,2). */
	public static final BigDecimal MAX = new BigDecimal("999999999999.99");
	public static final Money ZERO = new Money(BigDecimal.ZERO);

	public Money {
		Objects.requireNonNull(amount, "amount");
		if (amount.signum() < 0) {
			throw new IllegalArgumentException("An amount cannot be negative");
		}
		if (amount.stripTrailingZeros().scale() > 2) {
			throw new IllegalArgumentException("A US dollar amount has at most two decimals");
		}
		if (amount.compareTo(MAX) > 0) {
			throw new IllegalArgumentException("An amount cannot exceed USD " + MAX.toPlainString());
		}
		amount = amount.setScale(2);
	}

	@JsonCreator
	public static Money of(BigDecimal amount) {
		return new Money(amount);
	}

	public static Money of(String amount) {
		try {
			return new Money(new BigDecimal(amount.strip()));
		}
		catch (NumberFormatException e) {
			throw new IllegalArgumentException("Not an amount: " + amount);
		}
	}

	public static Money of(long dollars) {
		return new Money(BigDecimal.valueOf(dollars));
	}

	@Override
	@JsonValue
	public BigDecimal amount() {
		return amount;
	}

	public Money plus(Money other) {
		return new Money(amount.add(other.amount));
	}

	/** @throws IllegalArgumentException when the result would be negative */
	public Money minus(Money other) {
		return new Money(amount.subtract(other.amount));
	}

	public boolean isZero() {
		return amount.signum() == 0;
	}

	public boolean isPositive() {
		return amount.signum() > 0;
	}

	public boolean isGreaterThan(Money other) {
		return compareTo(other) > 0;
	}

	public BigDecimal negated() {
		return amount.negate();
	}

	@Override
	public int compareTo(Money other) {
		return amount.compareTo(other.amount);
	}

	/** {@code USD 1,234.50}, the same in every language (amounts on receipts must not be misread). */
	public String format() {
		return "USD " + grouped(amount);
	}

	public static String grouped(BigDecimal value) {
		DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
		return format.format(value);
	}

	@Override
	public String toString() {
		return amount.toPlainString();
	}
}
