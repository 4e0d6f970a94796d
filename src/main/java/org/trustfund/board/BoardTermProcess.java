package org.trustfund.board;

import org.springframework.modulith.NamedInterface;
/** Names in {@code bpmn/board-term.bpmn}. */
@NamedInterface("api")
public final class BoardTermProcess {

	public static final String KEY = "boardTerm";
	public static final String CALL_FOR_NOMINATIONS_TASK = "callForNominations";
	public static final String APPOINT_NEW_BOARD_TASK = "appointNewBoard";
	public static final String NOMINATIONS_DUE_TIMER = "nominationsDue";
	public static final String TERM_ENDED_TIMER = "termEnded";

	/** The only business variable: the term's id (also the business key). */
	public static final String TERM_ID = "termId";
	/** Set by the appointment task: the id of the newly recorded term. */
	public static final String NEW_TERM_ID = "newTermId";
	/** What the user noted: a task form field (recorded in {@code task_completion}; delegates read it from there, never from the variable). */
	public static final String NOTE = "note";

	private BoardTermProcess() {
	}
}
