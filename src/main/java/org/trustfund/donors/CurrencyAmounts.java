package org.trustfund.donors;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import org.trustfund.shared.Money;
import org.trustfund.shared.ValidationException.Keyed;

/** Checks of amounts in a donor's currency, collecting one message per field. */
final class CurrencyAmounts {

	private CurrencyAmounts() {
	}

	/**
	 * The ISO 4217 code in upper case, or {@code null} after adding an error. Only codes of money are taken: ISO's
	 * codes without decimals defined ({@code XXX} "no currency", {@code XTS} for testing, gold, silver, SDR and
	 * the like) are refused, as a donor pays in money.
	 */
	static String currency(String field, String value, Map<String, Keyed> errors) {
		String code = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
		if (!code.matches("[A-Z]{3}") || Currency.getAvailableCurrencies().stream()
			.noneMatch(c -> c.getCurrencyCode().equals(code) && c.getDefaultFractionDigits() >= 0)) {
			errors.put(field, new Keyed("error.currency.code", "Give a 3-letter ISO 4217 currency code, such as "
					+ Money.CURRENCY + " or EUR"));
			return null;
		}
		return code;
	}

	/** The amount with its currency's number of decimals (stored amounts keep three). */
	static BigDecimal scaled(BigDecimal amount, String currency) {
		int digits = Currency.getInstance(currency).getDefaultFractionDigits();
		int scale = digits < 0 ? 3 : digits;
		BigDecimal stripped = amount.stripTrailingZeros();
		return stripped.scale() > scale ? stripped : amount.setScale(scale, java.math.RoundingMode.UNNECESSARY);
	}

	/** A positive amount with no more decimals than the currency has (2 when the currency is unknown). */
	static void amount(String field, BigDecimal amount, String currency, Map<String, Keyed> errors) {
		if (amount == null) {
			errors.put(field, new Keyed("error.amount.missing", "Give the amount"));
			return;
		}
		if (amount.signum() <= 0) {
			errors.put(field, new Keyed("error.amount.notPositive", "The amount must be more than zero"));
			return;
		}
		int digits = currency == null ? 2 : Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
		if (currency != null && Currency.getInstance(currency).getDefaultFractionDigits() < 0) {
			digits = 3;
		}
		if (amount.stripTrailingZeros().scale() > digits) {
			errors.put(field, currency == null
					? new Keyed("error.amount.decimals", "An amount in this currency has at most " + digits + " decimals",
							String.valueOf(digits))
					: new Keyed("error.amount.decimalsIn", "An amount in " + currency + " has at most " + digits
							+ " decimals", currency, String.valueOf(digits)));
			return;
		}
		if (amount.compareTo(Money.MAX) > 0) {
			errors.put(field, new Keyed("error.amount.tooLarge", "This amount is too large"));
		}
	}

	/**
	 * The US dollars a contribution is credited, or {@code null} after adding an error (or when the amount or
	 * currency is already wrong). In USD the credited amount IS the amount: {@code creditedUsd} may be left
	 * out, and a different one is refused (a bank does not credit USD 5,000 for USD 10). In another currency
	 * the credited amount is required: it is what the bank converted the amount into.
	 */
	static Money credited(BigDecimal amount, String currency, BigDecimal creditedUsd, Map<String, Keyed> errors) {
		if (!Money.CURRENCY.equals(currency)) {
			return currency == null && creditedUsd == null ? null : usd("creditedUsd", creditedUsd, errors);
		}
		if (errors.containsKey("amount")) {
			return null;
		}
		if (creditedUsd != null && creditedUsd.compareTo(amount) != 0) {
			errors.put("creditedUsd", new Keyed("error.contribution.creditedUsd", "A contribution received in "
					+ Money.CURRENCY + " is credited its amount, " + Money.CURRENCY + " " + amount.toPlainString()
					+ ": leave this empty or give the same amount", amount.toPlainString()));
			return null;
		}
		return Money.of(amount);
	}

	/** A positive US dollar amount with at most two decimals, or {@code null} after adding an error. */
	static Money usd(String field, BigDecimal amount, Map<String, Keyed> errors) {
		if (amount == null) {
			errors.put(field, new Keyed("error.amount.creditedMissing", "Give the amount credited in US dollars"));
			return null;
		}
		if (amount.signum() <= 0) {
			errors.put(field, new Keyed("error.amount.notPositive", "The amount must be more than zero"));
			return null;
		}
		try {
			return Money.of(amount);
		}
		catch (IllegalArgumentException e) {
			errors.put(field, new Keyed("error.asWritten", e.getMessage(), e.getMessage()));
			return null;
		}
	}

	static String text(String field, String value, int max, boolean required, Map<String, Keyed> errors) {
		String v = value == null ? "" : value.strip();
		if (required && v.isEmpty()) {
			errors.put(field, new Keyed("error.required", "This is required"));
		}
		else if (v.length() > max) {
			errors.put(field, new Keyed("error.text.max", "At most " + max + " characters", String.valueOf(max)));
		}
		return v.isEmpty() ? null : v;
	}
}
