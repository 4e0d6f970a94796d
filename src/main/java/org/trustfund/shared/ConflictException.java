package org.trustfund.shared;

/** The request clashes with the current state (a task already completed, a duplicate reference). */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CONFLICT)
public class ConflictException extends RuntimeException {
	public ConflictException(String message) {
		super(message);
	}
}
