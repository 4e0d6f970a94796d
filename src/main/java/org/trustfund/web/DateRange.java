package org.trustfund.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Dates in JSON must lie between the years {@value #FIRST_YEAR} and {@value #LAST_YEAR}. ISO-8601 allows
 * years up to +999999999, which the database and date arithmetic (deadlines, periods) cannot hold; such a
 * date is refused while reading the body (400 problem details naming the field), for every form at once.
 * The check wraps whatever deserializer Jackson's Java-time module provides (a modifier, so that it also
 * survives the module's contextual copies of its deserializers).
 */
@Configuration
class DateRange {

	static final int FIRST_YEAR = 1000;
	static final int LAST_YEAR = 9999;
	static final String MESSAGE = "A date must lie between the years " + FIRST_YEAR + " and " + LAST_YEAR;

	/** Picked up by Spring Boot's Jackson auto-configuration, as every {@link Module} bean. */
	@Bean
	Module boundedDates() {
		SimpleModule module = new SimpleModule("bounded-dates");
		module.setDeserializerModifier(new BeanDeserializerModifier() {
			@Override
			public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription type,
					JsonDeserializer<?> deserializer) {
				Class<?> c = type.getBeanClass();
				return c == LocalDate.class || c == LocalDateTime.class ? new Bounded(deserializer) : deserializer;
			}
		});
		return module;
	}

	private static final class Bounded extends DelegatingDeserializer {

		Bounded(JsonDeserializer<?> delegate) {
			super(delegate);
		}

		@Override
		protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
			return new Bounded(delegate);
		}

		@Override
		public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			Object value = super.deserialize(parser, context);
			int year = value instanceof LocalDate d ? d.getYear()
					: value instanceof LocalDateTime t ? t.getYear() : FIRST_YEAR;
			if (year < FIRST_YEAR || year > LAST_YEAR) {
				throw InvalidFormatException.from(parser, MESSAGE, parser.getText(), handledType());
			}
			return value;
		}
	}
}
