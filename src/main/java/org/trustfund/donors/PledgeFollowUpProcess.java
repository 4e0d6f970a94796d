package org.trustfund.donors;

import org.springframework.modulith.NamedInterface;
/** Names in {@code bpmn/pledge-follow-up.bpmn}. */
@NamedInterface("api")
public final class PledgeFollowUpProcess {

	public static final String KEY = "pledgeFollowUp";

	public static final String FOLLOW_UP_TASK = "followUpPledge";
	public static final String WAIT_TIMER = "expectedDatePassed";
	/** Correlated when a payment settles the pledge or a fund manager writes it off outside the process. */
	public static final String SETTLED_MESSAGE = "PledgeSettled";

	/** The only business variable: the pledge's id (also the business key). */
	public static final String PLEDGE_ID = "pledgeId";
	/** Routing flag set by the follow-up task: {@code contacted} or {@code writeOff}. */
	public static final String OUTCOME = "outcome";
	/** The new expected date ({@code yyyy-MM-dd}) the donor gave, when the outcome is {@code contacted}. */
	public static final String NEW_EXPECTED_DATE = "newExpectedDate";
	/** What the donor said, or the reason for the write-off. */
	public static final String NOTE = "note";

	public static final String CONTACTED = "contacted";
	public static final String WRITE_OFF = "writeOff";

	private PledgeFollowUpProcess() {
	}
}
