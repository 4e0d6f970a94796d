package org.trustfund.history;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;

/** Checks the money kinds share: references, amounts in a currency, dates that are not in the future. */
final class MoneyRows {

	private MoneyRows() {
	}

	/** @return the row's reference (at most 100 characters), recording a problem when an earlier row gave it */
	static String reference(HistoryRow row, String column, HistoryFile file) {
		String reference = row.text(column, 100);
		if (reference != null && !file.firstTime("reference", reference)) {
			row.problem(column, "history.error.duplicateReference", reference);
		}
		return reference;
	}

	/**
	 * @return a required amount more than zero with no more decimals than {@code currency} has (when known),
	 *         or {@code null} with a problem
	 */
	static BigDecimal positive(HistoryRow row, String column, String currency) {
		BigDecimal amount = row.amount(column);
		if (amount == null) {
			return null;
		}
		if (amount.signum() == 0) {
			row.problem(column, "history.error.zero");
			return null;
		}
		if (currency != null) {
			int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
			if (amount.stripTrailingZeros().scale() > digits) {
				row.problem(column, "history.error.currencyDecimals", amount.toPlainString(), currency, digits);
				return null;
			}
		}
		return amount;
	}

	/** @return a required date that is not after today (UTC), or {@code null} with a problem */
	static LocalDate past(HistoryRow row, String column, Clock clock) {
		LocalDate date = row.date(column);
		if (date != null && date.isAfter(LocalDate.now(clock.withZone(ZoneOffset.UTC)))) {
			row.problem(column, "history.error.futureDate", date.toString());
			return null;
		}
		return date;
	}
}
