package org.trustfund.web;

import java.beans.PropertyEditorSupport;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.function.Function;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Dates typed into forms and query parameters obey the same range as dates in JSON ({@link DateRange}: the years
 * {@value DateRange#FIRST_YEAR} to {@value DateRange#LAST_YEAR}). ISO-8601 would allow {@code +999999999-12-31},
 * which a timer or a deadline cannot hold. Each field of type {@link LocalDate} ({@code 2026-11-30}) or
 * {@link LocalDateTime} ({@code 2026-11-30T17:00}, as a browser's {@code datetime-local} sends it) is read in
 * ISO-8601; anything else, or a year outside the range, is a binding error of code {@code typeMismatch}, shown
 * on the form in the reader's language (messages {@code typeMismatch.java.time.LocalDate} and
 * {@code typeMismatch.java.time.LocalDateTime}) or answered 400 problem details for a query parameter. An empty
 * field is {@code null}.
 */
@ControllerAdvice
class FormDates {

	@InitBinder
	void boundedDates(WebDataBinder binder) {
		binder.registerCustomEditor(LocalDate.class, new Bounded(LocalDate::parse));
		binder.registerCustomEditor(LocalDateTime.class, new Bounded(LocalDateTime::parse));
	}

	/** Parses ISO-8601 and refuses years outside the range with an {@link IllegalArgumentException}. */
	private static final class Bounded extends PropertyEditorSupport {

		private final Function<String, ? extends TemporalAccessor> parse;

		Bounded(Function<String, ? extends TemporalAccessor> parse) {
			this.parse = parse;
		}

		@Override
		public void setAsText(String text) {
			if (text == null || text.isBlank()) {
				setValue(null);
				return;
			}
			TemporalAccessor value;
			try {
				value = parse.apply(text.trim());
			}
			catch (DateTimeParseException e) {
				throw new IllegalArgumentException("Not an ISO-8601 date: " + text, e);
			}
			int year = value.get(ChronoField.YEAR);
			if (year < DateRange.FIRST_YEAR || year > DateRange.LAST_YEAR) {
				throw new IllegalArgumentException(DateRange.MESSAGE);
			}
			setValue(value);
		}

		@Override
		public String getAsText() {
			Object value = getValue();
			return value == null ? "" : value.toString();
		}
	}
}
