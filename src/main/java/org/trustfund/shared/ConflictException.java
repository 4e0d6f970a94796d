package org.trustfund.shared;

/** The request clashes with the current state (a task already completed, a duplicate reference). */
public class ConflictException extends RuntimeException {
	public ConflictException(String message) {
		super(message);
	}
}
