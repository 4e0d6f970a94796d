package org.trustfund.history;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.modulith.NamedInterface;

/**
 * One data row of a history file: its values by column name, read with typed getters that record a
 * problem naming the row and column instead of throwing. A getter that met a problem returns {@code null};
 * a kind checks {@link #hasProblems()} before using the values.
 * <p>
 * Formats are strict so that a file from another locale is refused, not misread: amounts are plain
 * decimals with a dot and at most two decimals ({@code 1500000.00}, never {@code 1,500,000} or
 * {@code 12.345}), dates are ISO {@code yyyy-MM-dd}, countries ISO 3166 alpha-2 codes.
 */
@NamedInterface("spi")
public final class HistoryRow {

	private static final Pattern AMOUNT = Pattern.compile("\\d{1,12}(\\.\\d{1,2})?");
	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
	/** No fund's history starts before this year; the fund report's "since inception" starts there too. */
	private static final int EARLIEST_YEAR = 1900;
	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
	/** Codes of money only: ISO's codes without decimals (XXX, XTS, gold, SDR) are no currency a donor pays in. */
	private static final Set<String> CURRENCIES = java.util.Currency.getAvailableCurrencies().stream()
		.filter(c -> c.getDefaultFractionDigits() >= 0).map(java.util.Currency::getCurrencyCode).collect(java.util.stream.Collectors.toUnmodifiableSet());

	private final String fileName;
	private final long number;
	private final Map<String, String> values;
	private final List<RowProblem> problems = new ArrayList<>();

	/**
	 * @param fileName the uploaded file's name, repeated in every problem
	 * @param number the row's number as a spreadsheet shows it (the header is row 1, the first data row 2)
	 * @param values the row's values by lower-case column name; blank values count as absent
	 */
	public HistoryRow(String fileName, long number, Map<String, String> values) {
		this.fileName = fileName;
		this.number = number;
		this.values = values;
	}

	public long number() {
		return number;
	}

	/** @return the uploaded file's name */
	public String fileName() {
		return fileName;
	}

	/** @return the trimmed value, or {@code null} when the column is absent or blank (no problem recorded) */
	public String optionalText(String column) {
		String value = values.get(column);
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** @return the trimmed value; records {@code history.error.required} when absent or blank */
	public String text(String column) {
		String value = optionalText(column);
		if (value == null) {
			problem(column, "history.error.required");
		}
		return value;
	}

	/** @return a non-negative amount with scale 2, or {@code null} when absent (optional) or wrong */
	public BigDecimal optionalAmount(String column) {
		String value = optionalText(column);
		if (value == null) {
			return null;
		}
		if (value.startsWith("-")) {
			problem(column, "history.error.negative", value);
			return null;
		}
		if (!AMOUNT.matcher(value).matches()) {
			problem(column, "history.error.amount", value);
			return null;
		}
		return new BigDecimal(value).setScale(2);
	}

	/** Like {@link #optionalAmount} but required. */
	public BigDecimal amount(String column) {
		return text(column) == null ? null : optionalAmount(column);
	}

	/**
	 * @return a date written {@code yyyy-MM-dd} in 1900 or later, or {@code null} when absent (optional) or wrong
	 */
	public LocalDate optionalDate(String column) {
		String value = optionalText(column);
		if (value == null) {
			return null;
		}
		try {
			if (DATE.matcher(value).matches()) {
				LocalDate date = LocalDate.parse(value);
				if (date.getYear() < EARLIEST_YEAR) {
					problem(column, "history.error.dateTooEarly", value, EARLIEST_YEAR);
					return null;
				}
				return date;
			}
		}
		catch (DateTimeParseException e) {
			// an impossible date such as 2015-02-30: reported below
		}
		problem(column, "history.error.date", value);
		return null;
	}

	/** Like {@link #optionalDate} but required. */
	public LocalDate date(String column) {
		return text(column) == null ? null : optionalDate(column);
	}

	/** @return a whole number 0 or more, or {@code null} when absent (optional) or wrong */
	public Integer optionalCount(String column) {
		String value = optionalText(column);
		if (value == null) {
			return null;
		}
		if (!value.matches("\\d{1,9}")) {
			problem(column, "history.error.count", value);
			return null;
		}
		return Integer.valueOf(value);
	}

	/** Like {@link #optionalCount} but required. */
	public Integer count(String column) {
		return text(column) == null ? null : optionalCount(column);
	}

	/** @return an ISO 3166 alpha-2 country code in upper case; records a problem when absent or unknown */
	public String country(String column) {
		String value = text(column);
		if (value == null) {
			return null;
		}
		String code = value.toUpperCase(Locale.ROOT);
		if (!COUNTRIES.contains(code)) {
			problem(column, "history.error.country", value);
			return null;
		}
		return code;
	}

	/**
	 * @return the constant of {@code type} named by the value (case-insensitive, {@code -} and spaces read as
	 *         {@code _}), or {@code null} with {@code history.error.choice} listing the allowed values
	 */
	public <E extends Enum<E>> E choice(String column, Class<E> type) {
		String value = text(column);
		if (value == null) {
			return null;
		}
		String name = value.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(name)) {
				return constant;
			}
		}
		List<String> allowed = new ArrayList<>();
		for (E constant : type.getEnumConstants()) {
			allowed.add(constant.name().toLowerCase(Locale.ROOT));
		}
		problem(column, "history.error.choice", value, String.join(", ", allowed));
		return null;
	}

	/** @return {@code yes/true/1} as true, {@code no/false/0} or absent as false; anything else a problem */
	public boolean flag(String column) {
		String value = optionalText(column);
		if (value == null) {
			return false;
		}
		switch (value.toLowerCase(Locale.ROOT)) {
			case "yes", "true", "1":
				return true;
			case "no", "false", "0":
				return false;
			default:
				problem(column, "history.error.flag", value);
				return false;
		}
	}

	/** Like {@link #country} but optional: {@code null} without a problem when absent. */
	public String optionalCountry(String column) {
		return optionalText(column) == null ? null : country(column);
	}

	/**
	 * @return an ISO 4217 currency code in upper case (e.g. {@code USD}, {@code EUR}); records
	 *         {@code history.error.currency} when absent or unknown
	 */
	public String currency(String column) {
		String value = text(column);
		if (value == null) {
			return null;
		}
		String code = value.toUpperCase(Locale.ROOT);
		if (!CURRENCIES.contains(code)) {
			problem(column, "history.error.currency", value);
			return null;
		}
		return code;
	}

	/** @return the trimmed value, or {@code null}; records {@code history.error.tooLong} when over {@code max} characters */
	public String optionalText(String column, int max) {
		String value = optionalText(column);
		if (value != null && value.length() > max) {
			problem(column, "history.error.tooLong", max);
			return null;
		}
		return value;
	}

	/** Like {@link #optionalText(String, int)} but required. */
	public String text(String column, int max) {
		return text(column) == null ? null : optionalText(column, max);
	}

	/**
	 * Records a problem with this row.
	 * @param column the column at fault, or {@code null} for the row as a whole
	 * @param messageKey a key of the message bundles; its arguments follow
	 */
	public void problem(String column, String messageKey, Object... arguments) {
		problems.add(new RowProblem(fileName, number, column, messageKey, List.of(arguments)));
	}

	public boolean hasProblems() {
		return !problems.isEmpty();
	}

	public List<RowProblem> problems() {
		return Collections.unmodifiableList(problems);
	}
}
