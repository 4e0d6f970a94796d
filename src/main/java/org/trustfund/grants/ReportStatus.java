package org.trustfund.grants;

import org.springframework.modulith.NamedInterface;
/** A progress or final report's state. */
@NamedInterface("api")
public enum ReportStatus {
	/** Not yet due; the NGO's task opens before the due date. */
	SCHEDULED,
	/** The NGO's task is open. */
	OPEN,
	/** With the fund manager. */
	SUBMITTED,
	/** The fund manager asked for a revision; the NGO's task is open again. */
	REVISION_REQUESTED,
	/** Accepted: the next tranche may be paid (or the grant closes). */
	ACCEPTED;

	public boolean awaitsNgo() {
		return this == OPEN || this == REVISION_REQUESTED;
	}
}
