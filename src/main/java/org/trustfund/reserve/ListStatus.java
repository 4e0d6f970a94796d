package org.trustfund.reserve;

/** A reserve list is OPEN until its last project leaves it or it expires. */
public enum ListStatus {
	OPEN, EMPTIED, EXPIRED
}
