package org.trustfund.reserve;

/** Where a project on a reserve list stands. Only ON_LIST entries wait for money; the others are history. */
public enum EntryState {
	ON_LIST, AWARDED, WITHDRAWN, EXPIRED
}
