package org.trustfund.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A text field of a JSON body takes text only: Jackson would otherwise turn a number or a boolean into its text
 * ({@code "reason": 1e30} recorded as the reason "1.0E30"). A number, a boolean, an object or a list where the
 * API describes a string is a 400 problem details naming the field ({@link ApiExceptionHandler}); so is a number
 * for a choice (an enum constant's position is no name of it). Bodies read as
 * {@code Map<String, Object>} (task forms, whose fields may be numbers) are not affected.
 */
@Configuration
class StrictText {

	@Bean
	Jackson2ObjectMapperBuilderCustomizer textTakesTextOnly() {
		return builder -> builder.featuresToEnable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
			.postConfigurer(mapper -> mapper.coercionConfigFor(LogicalType.Textual)
			.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
			.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
			.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
	}
}
