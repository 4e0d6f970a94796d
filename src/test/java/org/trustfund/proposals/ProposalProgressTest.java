package org.trustfund.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.trustfund.proposals.ProposalProgress.Stage;
import org.trustfund.proposals.ProposalProgress.Step;

/** What an NGO reads of its proposal's status: the step on the bar and the stage in words (no Spring). */
class ProposalProgressTest {

	@Test
	void eachStatusIsOnTheStepAndStageTheNgoExpects() {
		assertThat(ProposalProgress.step(ProposalStatus.DRAFT)).isEqualTo(-1);
		assertThat(ProposalProgress.stage(ProposalStatus.DRAFT)).isEqualTo(Stage.DRAFT);
		expect(ProposalStatus.SUBMITTED, Step.SUBMITTED, Stage.SECRETARIAT);
		expect(ProposalStatus.SCREENING, Step.SCREENING, Stage.SECRETARIAT);
		expect(ProposalStatus.CLARIFICATION_REQUESTED, Step.SCREENING, Stage.SECRETARIAT);
		expect(ProposalStatus.IN_REVIEW, Step.REVIEW, Stage.UNDER_REVIEW);
		expect(ProposalStatus.MODERATION, Step.REVIEW, Stage.UNDER_REVIEW);
		expect(ProposalStatus.REVIEWED, Step.BOARD, Stage.BEFORE_BOARD);
		expect(ProposalStatus.AWARDED, Step.DECISION, Stage.FUNDED);
		expect(ProposalStatus.RESERVE_LIST, Step.DECISION, Stage.RESERVE_LIST);
		expect(ProposalStatus.INELIGIBLE, Step.DECISION, Stage.NOT_FUNDED);
		expect(ProposalStatus.REJECTED, Step.DECISION, Stage.NOT_FUNDED);
		expect(ProposalStatus.DECLINED_BY_BOARD, Step.DECISION, Stage.NOT_FUNDED);
		expect(ProposalStatus.NOT_FUNDED, Step.DECISION, Stage.NOT_FUNDED);
		expect(ProposalStatus.WITHDRAWN, Step.DECISION, Stage.NOT_FUNDED);
	}

	@ParameterizedTest
	@EnumSource(ProposalStatus.class)
	void aFinishedReviewIsBeforeTheBoardOrDecided(ProposalStatus status) {
		if (status.reviewFinished()) {
			assertThat(ProposalProgress.step(status)).isGreaterThanOrEqualTo(Step.BOARD.ordinal());
		}
	}

	private static void expect(ProposalStatus status, Step step, Stage stage) {
		assertThat(ProposalProgress.step(status)).as("%s", status).isEqualTo(step.ordinal());
		assertThat(ProposalProgress.stage(status)).as("%s", status).isEqualTo(stage);
	}
}
