package org.trustfund.reserve;

import org.springframework.modulith.NamedInterface;
import org.trustfund.shared.ValidationException;

/** A reserve-list rule refused the input (400 problem details, or the message on the form). */
@NamedInterface("api")
public class ReserveListException extends ValidationException {

	public ReserveListException(String field, String message) {
		super(field, message);
	}

	/**
	 * @param field the field the message is about
	 * @param key the message's bundle key; {@code english} its English text; {@code args} pre-formatted strings
	 *        filling its {@code {n}}
	 */
	public ReserveListException(String field, String key, String english, Object... args) {
		super(field, new ValidationException.Keyed(key, english, args));
	}
}
