package org.trustfund.grants;

import org.springframework.modulith.NamedInterface;
/**
 * Names in {@code bpmn/grant-amendment.bpmn}. The business key is the amendment's id. A separate process,
 * not an event subprocess of the lifecycle: an NGO may ask for several amendments over a grant's life,
 * each decided on its own, and the lifecycle stays readable.
 */
@NamedInterface("api")
public final class GrantAmendmentProcess {

	public static final String KEY = "grantAmendment";
	public static final String DECIDE_TASK = "decideAmendment";
	public static final String AMENDMENT_ID = "amendmentId";
	/** {@code approve} or {@code refuse}. */
	public static final String DECISION = "decision";
	public static final String NOTE = "note";

	private GrantAmendmentProcess() {
	}
}
