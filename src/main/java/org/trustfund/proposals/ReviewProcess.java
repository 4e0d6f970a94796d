package org.trustfund.proposals;

import org.springframework.modulith.NamedInterface;
/** Names in {@code bpmn/proposal-review.bpmn} and {@code bpmn/proposal-eligibility.dmn}. */
@NamedInterface("api")
public final class ReviewProcess {

	public static final String KEY = "proposalReview";
	public static final String ELIGIBILITY_DECISION = "proposalEligibility";

	public static final String CHECK_ELIGIBILITY = "checkEligibility";
	public static final String TELL_INELIGIBLE = "tellIneligible";
	public static final String PROPOSAL_INELIGIBLE = "proposalIneligible";
	public static final String SCREEN_TASK = "screenProposal";
	public static final String REJECT_PROPOSAL = "rejectProposal";
	public static final String PROPOSAL_REJECTED = "proposalRejected";
	public static final String REQUEST_CLARIFICATION = "requestClarification";
	public static final String ANSWER_TASK = "answerClarification";
	public static final String REMINDER_DUE = "clarificationReminderDue";
	public static final String REPLY_DEADLINE_PASSED = "clarificationDeadlinePassed";
	public static final String START_REVIEW = "startTechnicalReview";
	public static final String TECHNICAL_REVIEW = "technicalReview";
	public static final String ASSIGN_REVIEWER = "assignReviewer";
	public static final String NO_REVIEWER = "noReviewerAvailable";
	public static final String FIND_REVIEWER_TASK = "findReviewer";
	public static final String DECLARE_CONFLICT_TASK = "declareConflict";
	public static final String SCORE_TASK = "scoreProposal";
	public static final String RECORD_SCORE = "recordScore";
	public static final String SETTLE_SCORES = "settleScores";
	public static final String MODERATE_TASK = "moderateScore";
	public static final String PROPOSAL_REVIEWED = "proposalReviewed";

	/** BPMN error thrown when every reviewer is taken or conflicted. */
	public static final String NO_REVIEWER_ERROR = "NO_REVIEWER";

	/** The business variables: the proposal (also the business key) and its organisation, for the NGO's tasks. */
	public static final String PROPOSAL_ID = "proposalId";
	public static final String ORGANISATION_ID = "organisationId";
	/** Routing flags. */
	public static final String ELIGIBLE = "eligible";
	public static final String DECISION = "decision";
	public static final String CONFLICTED = "conflicted";
	public static final String NEEDS_MODERATION = "needsModeration";
	/** The reviewer of one technical-review instance (local to it). */
	public static final String REVIEWER = "reviewer";
	/** The reason, question or reply: a task form field (recorded in {@code task_completion}; delegates read it from there, never from the variable). */
	public static final String NOTE = "note";
	/** Transient: a review's scores ("4,5,3"), its comments, a moderated final score. Never stored in the engine. */
	public static final String SCORES = "scores";
	public static final String COMMENTS = "comments";
	public static final String FINAL_SCORE = "finalScore";

	public static final String ACCEPT = "accept";
	public static final String REJECT = "reject";
	public static final String CLARIFY = "clarify";

	private ReviewProcess() {
	}
}
