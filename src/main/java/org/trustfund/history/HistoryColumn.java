package org.trustfund.history;

import org.springframework.modulith.NamedInterface;

/**
 * One documented column of a history file.
 * @param name the header as written in the file's first row, lower case with underscores, e.g. {@code paid_on}
 * @param required whether every row must give a value
 * @param format how a value is written, shown in the template and on the page: a message key under
 *        {@code history.format.*}, e.g. {@code history.format.date} ("a date as 2016-12-31")
 */
@NamedInterface("spi")
public record HistoryColumn(String name, boolean required, String format) {

	public static HistoryColumn required(String name, String format) {
		return new HistoryColumn(name, true, format);
	}

	public static HistoryColumn optional(String name, String format) {
		return new HistoryColumn(name, false, format);
	}
}
