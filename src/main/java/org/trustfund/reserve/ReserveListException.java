package org.trustfund.reserve;

import org.springframework.modulith.NamedInterface;
import org.trustfund.shared.ValidationException;

/** A reserve-list rule refused the input (400 problem details, or the message on the form). */
@NamedInterface("api")
public class ReserveListException extends ValidationException {

	public ReserveListException(String field, String message) {
		super(field, message);
	}
}
