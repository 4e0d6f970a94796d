package org.trustfund.users;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;
import org.springframework.modulith.NamedInterface;

/**
 * A password BCrypt can hash: at most {@value #MAX_BYTES} bytes in UTF-8 (BCrypt reads no further, and
 * Spring Security's encoder refuses longer input). {@code null} is valid here; "required" is a separate rule.
 */
@NamedInterface("api")
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PasswordBytes.Check.class)
public @interface PasswordBytes {

	/** BCrypt's limit, in bytes of UTF-8. */
	int MAX_BYTES = 72;

	String message() default "{validation.password.bytes}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** The validator behind the annotation; {@link #fits} is also used by {@code UserService}. */
	class Check implements ConstraintValidator<PasswordBytes, String> {

		/** @return true when the password is null or has at most {@value PasswordBytes#MAX_BYTES} bytes of UTF-8 */
		public static boolean fits(String password) {
			return password == null || password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return fits(value);
		}
	}
}
