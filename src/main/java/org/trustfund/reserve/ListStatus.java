package org.trustfund.reserve;

import org.springframework.modulith.NamedInterface;
/** A reserve list is OPEN until its last project leaves it or it expires. */
@NamedInterface("api")
public enum ListStatus {
	OPEN, EMPTIED, EXPIRED
}
