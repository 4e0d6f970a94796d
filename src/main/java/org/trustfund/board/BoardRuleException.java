package org.trustfund.board;

import org.springframework.modulith.NamedInterface;
import org.trustfund.shared.ValidationException;

/** A Board rule refused the input (seats full, a second chair, a trustee without the trustee role). */
@NamedInterface("api")
public class BoardRuleException extends ValidationException {
	public BoardRuleException(String field, String message) {
		super(field, message);
	}
}
