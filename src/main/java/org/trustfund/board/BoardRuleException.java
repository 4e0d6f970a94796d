package org.trustfund.board;

import org.springframework.modulith.NamedInterface;
import org.trustfund.shared.ValidationException;

/** A Board rule refused the input (seats full, a second chair, a trustee without the trustee role). */
@NamedInterface("api")
public class BoardRuleException extends ValidationException {
	public BoardRuleException(String field, String message) {
		super(field, message);
	}

	/**
	 * @param field the field the message is about
	 * @param key the message's bundle key; {@code english} its English text; {@code args} pre-formatted strings
	 *        filling its {@code {n}}
	 */
	public BoardRuleException(String field, String key, String english, Object... args) {
		super(field, new ValidationException.Keyed(key, english, args));
	}
}
