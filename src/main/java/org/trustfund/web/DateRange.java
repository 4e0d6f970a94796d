package org.trustfund.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateTimeDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Dates in JSON must lie between the years {@value #FIRST_YEAR} and {@value #LAST_YEAR}. ISO-8601 allows
 * years up to +999999999, which the database and date arithmetic (deadlines, periods) cannot hold; such a
 * date is refused while reading the body (400 problem details naming the field), for every form at once.
 */
@Configuration
class DateRange {

	static final int FIRST_YEAR = 1000;
	static final int LAST_YEAR = 9999;
	static final String MESSAGE = "A date must lie between the years " + FIRST_YEAR + " and " + LAST_YEAR;

	@Bean
	Jackson2ObjectMapperBuilderCustomizer boundedDates() {
		SimpleModule module = new SimpleModule("bounded-dates");
		module.addDeserializer(LocalDate.class, new BoundedDate());
		module.addDeserializer(LocalDateTime.class, new BoundedDateTime());
		return builder -> builder.modulesToInstall(modules -> modules.add(module));
	}

	private static <T> T check(T value, int year, JsonParser parser, Class<T> type) throws IOException {
		if (value != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
			throw InvalidFormatException.from(parser, MESSAGE, parser.getText(), type);
		}
		return value;
	}

	private static final class BoundedDate extends LocalDateDeserializer {
		BoundedDate() {
			super(DateTimeFormatter.ISO_LOCAL_DATE);
		}

		@Override
		public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			LocalDate date = super.deserialize(parser, context);
			return check(date, date == null ? 0 : date.getYear(), parser, LocalDate.class);
		}
	}

	private static final class BoundedDateTime extends LocalDateTimeDeserializer {
		BoundedDateTime() {
			super(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
		}

		@Override
		public LocalDateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			LocalDateTime time = super.deserialize(parser, context);
			return check(time, time == null ? 0 : time.getYear(), parser, LocalDateTime.class);
		}
	}
}
