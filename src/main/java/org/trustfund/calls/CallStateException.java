package org.trustfund.calls;

import org.trustfund.shared.ConflictException;

/** A call refused a change in its current state, e.g. editing a published call (409). */
class CallStateException extends ConflictException {

	CallStateException(String message) {
		super(message);
	}

	/** @param key the message's bundle key; {@code english} its English text; {@code args} fill its {@code {n}} */
	CallStateException(String key, String english, Object... args) {
		super(key, english, args);
	}
}
