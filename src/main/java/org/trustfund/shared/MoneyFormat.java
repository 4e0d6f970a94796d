package org.trustfund.shared;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * How the product writes an amount of money, in one place, for every output:
 * <ul>
 * <li>{@link #text}: {@code USD 1,234.50}, the same in every language, for messages, history entries, e-mails and
 * errors (an amount on a receipt must not be misread);</li>
 * <li>{@link #grouped}: {@code 1,234.50} (or {@code -1,234.50}), Latin digits, for text beside a currency named
 * elsewhere;</li>
 * <li>{@link #page}: {@code 1,234.50} with the page's digits (Arabic-Indic on Arabic pages), comma-grouped, two
 * decimals, for pages and the PDFs rendered from them; templates call it as {@code #money.format(x)};</li>
 * <li>{@link #csv}: a plain number ({@code 1234.50}, {@code -10.00}) that a spreadsheet sums.</li>
 * </ul>
 * Each accepts a {@link Money} or a signed amount ({@link BigDecimal}, as the ledger's entries and totals are), in
 * {@link Money#CURRENCY}.
 */
public final class MoneyFormat {

	private MoneyFormat() {
	}

	/** {@code USD 1,234.50}: the currency, a space, then {@link #grouped}. */
	public static String text(Money amount) {
		return text(amount.amount());
	}

	/** {@code USD 1,234.50} (or {@code USD -10.00}) for a signed amount in US dollars. */
	public static String text(BigDecimal amount) {
		return Money.CURRENCY + " " + grouped(amount);
	}

	/** {@code 1,234.50}: comma-grouped, two decimals, Latin digits whatever the language. */
	public static String grouped(BigDecimal amount) {
		DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
		return format.format(amount);
	}

	/**
	 * An amount on a page of {@code locale}: comma-grouped, a decimal point and two decimals, with the digits of
	 * the locale (what Thymeleaf's {@code #numbers.formatDecimal(x, 1, 'COMMA', 2, 'POINT')} wrote before this
	 * class, so pages read as they did).
	 * @param amount a {@link Money}, a {@link Number}, or null (then null: the template shows nothing)
	 */
	public static String page(Object amount, Locale locale) {
		if (amount == null) {
			return null;
		}
		DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(2);
		format.setMaximumFractionDigits(2);
		format.setMinimumIntegerDigits(1);
		format.setDecimalSeparatorAlwaysShown(true);
		format.setGroupingUsed(true);
		DecimalFormatSymbols symbols = new DecimalFormatSymbols(locale);
		symbols.setDecimalSeparator('.');
		symbols.setGroupingSeparator(',');
		format.setDecimalFormatSymbols(symbols);
		return format.format(number(amount));
	}

	/**
	 * A cell of a CSV file: the amount as a plain number (never {@code 1E+3}), which the CSV writer leaves
	 * unquoted.
	 */
	public static BigDecimal csv(Object amount) {
		BigDecimal d = number(amount);
		return d.scale() < 0 ? d.setScale(0) : d;
	}

	private static BigDecimal number(Object amount) {
		if (amount instanceof Money m) {
			return m.amount();
		}
		if (amount instanceof BigDecimal d) {
			return d;
		}
		if (amount instanceof Number n) {
			return new BigDecimal(n.toString());
		}
		throw new IllegalArgumentException("Not an amount: " + amount);
	}
}
