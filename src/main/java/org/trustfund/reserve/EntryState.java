package org.trustfund.reserve;

import org.springframework.modulith.NamedInterface;
/** Where a project on a reserve list stands. Only ON_LIST entries wait for money; the others are history. */
@NamedInterface("api")
public enum EntryState {
	ON_LIST, AWARDED, WITHDRAWN, EXPIRED
}
