package org.trustfund.proposals;

import org.trustfund.shared.ConflictException;

/** The proposal's stage does not allow this, e.g. editing after submission (409). */
class ProposalStateException extends ConflictException {

	ProposalStateException(String message) {
		super(message);
	}

	/** @param key the message's bundle key; {@code english} its English text; {@code args} fill its {@code {n}} */
	ProposalStateException(String key, String english, Object... args) {
		super(key, english, args);
	}
}
