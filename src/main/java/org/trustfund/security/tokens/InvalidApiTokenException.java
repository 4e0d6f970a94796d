package org.trustfund.security.tokens;

import org.springframework.security.core.AuthenticationException;

/** A Bearer token that does not authenticate: unknown, revoked, expired, or its owner is disabled. */
public class InvalidApiTokenException extends AuthenticationException {

	InvalidApiTokenException(String message) {
		super(message);
	}
}
