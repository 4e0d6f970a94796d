package org.trustfund.board;

import org.springframework.modulith.NamedInterface;
/**
 * Names in {@code bpmn/board-session.bpmn}. The business key is the session's id, and the process reads the
 * session from it alone (a caller, the reserve list's call activity, passes it on); {@link #SESSION_ID} (a Long)
 * is set at the start for queries only.
 */
@NamedInterface("api")
public final class BoardSessionProcess {

	public static final String KEY = "boardSession";
	public static final String SESSION_ID = "sessionId";

	public static final String OPEN_SESSION = "openSession";
	public static final String CAST_VOTES_TASK = "castVotes";
	/** The multi-instance element variable: the trustee who votes in one instance of {@link #CAST_VOTES_TASK}. */
	public static final String VOTER = "voter";
	public static final String REMINDER_TIMER = "votingReminder";
	public static final String SEND_REMINDERS = "sendVotingReminders";
	public static final String DEADLINE_TIMER = "votingDeadline";
	public static final String CLOSE_VOTING = "closeVoting";
	public static final String SIGN_OUTCOME_TASK = "signOutcome";
	public static final String APPLY_OUTCOME = "applyOutcome";
	public static final String OUTCOME_APPLIED = "outcomeApplied";

	/** {@code bpmn/board-decision.dmn}: the outcome of one proposal from its votes. */
	public static final String DECISION = "boardDecision";

	private BoardSessionProcess() {
	}
}
