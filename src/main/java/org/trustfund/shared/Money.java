package org.trustfund.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An exact amount of the fund's currency ({@link #CURRENCY}, US dollars): never negative, at most two decimals,
 * always held with scale 2. Anything else is refused at construction, so a {@code Money} is valid wherever it
 * travels. Entities hold their amounts as {@code Money} ({@link MoneyConverter} stores the number); JSON writes
 * it as its number ({@code 1234.50}); {@link MoneyFormat} writes it for people.
 * <p>
 * Not {@code Money}, and kept as {@link BigDecimal}: signed amounts (a ledger entry's change of a bucket, the
 * ledger's running totals, differences such as a funding gap) and amounts in a donor's own currency (a pledge,
 * the amount a bank received), which are not US dollars.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

	/** The fund's currency, ISO 4217: every {@code Money}, every ledger amount, every report is in it. */
	public static final String CURRENCY = "USD";

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
			throw new IllegalArgumentException("An amount cannot exceed " + CURRENCY + " " + MAX.toPlainString());
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

	/** {@code USD 1,234.50}, the same in every language (amounts on receipts must not be misread); see {@link MoneyFormat#text}. */
	public String format() {
		return MoneyFormat.text(amount);
	}

	/** {@code 1,234.50} for any amount, signed or not; see {@link MoneyFormat#grouped}. */
	public static String grouped(BigDecimal value) {
		return MoneyFormat.grouped(value);
	}

	@Override
	public String toString() {
		return amount.toPlainString();
	}
}
