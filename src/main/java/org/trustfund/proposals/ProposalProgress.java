package org.trustfund.proposals;

import org.trustfund.shared.Notes;
import org.springframework.modulith.NamedInterface;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Where an NGO's proposal stands, in the NGO's words: one of five steps (submitted → screening → review →
 * Board → decision) and, in words, what that means ("with the secretariat", "under review", "before the
 * Board", "funded", "on the reserve list", "not funded" with the reason). A pure function of the proposal's
 * {@link ProposalStatus}; templates call it as {@code @proposalProgress.of(proposal)}.
 */
@Component("proposalProgress")
@NamedInterface("api")
public class ProposalProgress {

	private final Notes notes;

	ProposalProgress(Notes notes) {
		this.notes = notes;
	}

	/** The bar's steps, in order. */
	public enum Step {
		SUBMITTED, SCREENING, REVIEW, BOARD, DECISION
	}

	/** What the NGO reads about its proposal. */
	public enum Stage {
		DRAFT, SECRETARIAT, UNDER_REVIEW, BEFORE_BOARD, FUNDED, RESERVE_LIST, NOT_FUNDED
	}

	/**
	 * One proposal's progress.
	 * @param current index into {@link #steps()} of the current step; -1 for a draft (not submitted yet)
	 * @param stage the stage in words
	 * @param reason why it was not funded (as sent to the NGO), or null
	 */
	@NamedInterface("api")
	public record Progress(long proposalId, String title, int current, Stage stage, String reason) {

		public List<Step> steps() {
			return List.of(Step.values());
		}

		/** @return the current step, or null for a draft */
		public Step currentStep() {
			return current < 0 ? null : Step.values()[current];
		}
	}

	/** @return {@code p}'s progress, its reason in the reader's language when the system wrote it; never null */
	public Progress of(Proposal p) {
		Stage stage = stage(p.getStatus());
		return new Progress(p.getId(), p.getTitle(), step(p.getStatus()), stage,
				stage == Stage.NOT_FUNDED
						? notes.show(p.getDecisionReason(), p.getDecisionReasonKey(), p.getDecisionReasonArgs())
						: null);
	}

	/** @return the stage in words that {@code status} shows the NGO */
	public static Stage stage(ProposalStatus status) {
		return switch (status) {
			case DRAFT -> Stage.DRAFT;
			case SUBMITTED, SCREENING, CLARIFICATION_REQUESTED -> Stage.SECRETARIAT;
			case IN_REVIEW, MODERATION -> Stage.UNDER_REVIEW;
			case REVIEWED -> Stage.BEFORE_BOARD;
			case AWARDED -> Stage.FUNDED;
			case RESERVE_LIST -> Stage.RESERVE_LIST;
			case INELIGIBLE, REJECTED, DECLINED_BY_BOARD, NOT_FUNDED, WITHDRAWN -> Stage.NOT_FUNDED;
		};
	}

	/** @return the index of {@code status}'s step in {@link Step}; -1 for a draft */
	public static int step(ProposalStatus status) {
		Step step = switch (status) {
			case DRAFT -> null;
			case SUBMITTED -> Step.SUBMITTED;
			case SCREENING, CLARIFICATION_REQUESTED -> Step.SCREENING;
			case IN_REVIEW, MODERATION -> Step.REVIEW;
			case REVIEWED -> Step.BOARD;
			case INELIGIBLE, REJECTED, AWARDED, RESERVE_LIST, DECLINED_BY_BOARD, NOT_FUNDED, WITHDRAWN -> Step.DECISION;
		};
		return step == null ? -1 : step.ordinal();
	}
}
