package org.trustfund.calls;

import org.trustfund.shared.ConflictException;

/** A call refused a change in its current state, e.g. editing a published call (409). */
class CallStateException extends ConflictException {

	CallStateException(String message) {
		super(message);
	}
}
