package org.trustfund.grants;

import org.springframework.modulith.NamedInterface;
/** Names in {@code bpmn/grant-lifecycle.bpmn}. The business key is the grant's id. */
@NamedInterface("api")
public final class GrantLifecycleProcess {

	public static final String KEY = "grantLifecycle";

	public static final String ACCEPT_AGREEMENT_TASK = "acceptAgreement";
	public static final String DISBURSE_TRANCHE_TASK = "disburseTranche";
	public static final String SUBMIT_REPORT_TASK = "submitReport";
	public static final String REVIEW_REPORT_TASK = "reviewReport";
	public static final String FOLLOW_UP_OVERDUE_TASK = "followUpOverdueReport";

	public static final String ACCEPTANCE_REMINDER_TIMER = "acceptanceReminder";
	public static final String ACCEPTANCE_DEADLINE_TIMER = "acceptanceDeadline";
	public static final String REPORT_OPENS_TIMER = "reportOpens";
	public static final String REPORT_REMINDER_TIMER = "reportReminder";
	public static final String REPORT_OVERDUE_TIMER = "reportOverdue";
	public static final String REPORT_ESCALATION_TIMER = "reportEscalation";

	public static final String GRANT_ENDED_DECLINED = "grantDeclined";
	public static final String GRANT_ENDED_LAPSED = "grantLapsed";
	public static final String GRANT_CLOSED = "grantClosed";

	/** The grant's id (also the business key) and its organisation (for the NGO's candidate group). */
	public static final String GRANT_ID = "grantId";
	public static final String ORGANISATION_ID = "organisationId";
	/** acceptAgreement: {@code accept} or {@code decline}; reviewReport: {@code accept} or {@code revise}. */
	public static final String DECISION = "decision";
	/** Set by acceptReport: whether the accepted report was the final one. */
	public static final String FINAL_REPORT = "finalReport";
	/** What the user noted: a task form field (recorded in {@code task_completion}; delegates read it from there, never from the variable). */
	public static final String NOTE = "note";

	private GrantLifecycleProcess() {
	}
}
