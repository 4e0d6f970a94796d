package org.trustfund.calls;

import org.springframework.modulith.NamedInterface;
/** Names in {@code bpmn/call-for-proposals.bpmn}. */
@NamedInterface("api")
public final class CallProcess {

	public static final String KEY = "callForProposals";

	public static final String SUBMISSION_DEADLINE = "submissionDeadline";
	public static final String CLOSE_SUBMISSIONS = "closeSubmissions";
	public static final String CHECK_REVIEWS = "checkReviews";
	public static final String AWAIT_REVIEWS = "awaitReviews";
	public static final String PROPOSAL_REVIEWED_EVENT = "proposalReviewed";
	public static final String RECHECK_DUE = "recheckDue";
	public static final String RANK_PROPOSALS = "rankProposals";
	public static final String PREPARE_RECOMMENDATION_TASK = "prepareRecommendation";
	public static final String HAND_TO_BOARD = "handToBoard";
	public static final String HANDED_TO_BOARD = "handedToBoard";

	/** Message that each proposal-review instance sends to its call when it ends. */
	public static final String PROPOSAL_REVIEWED_MESSAGE = "ProposalReviewed";

	/** The only business variable: the call's id (also the business key). */
	public static final String CALL_ID = "callId";
	/** Routing flag: every submitted proposal of the call has finished its review. */
	public static final String ALL_REVIEWED = "allReviewed";

	private CallProcess() {
	}
}
