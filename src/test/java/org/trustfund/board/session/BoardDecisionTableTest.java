package org.trustfund.board.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.trustfund.IntegrationTest;
import org.trustfund.board.BoardSessionProcess;

/** bpmn/board-decision.dmn: quorum among eligible (not recused) trustees, then approvals against rejections. */
@IntegrationTest
class BoardDecisionTableTest {

	@Autowired DecisionService decisions;

	@ParameterizedTest(name = "{0}: eligible {1}, approve {2}, reject {3}, abstain {4} -> {5}")
	@CsvSource({
		"unanimous approval,            5, 5, 0, 0, APPROVED",
		"unanimous rejection,           5, 0, 5, 0, NOT_APPROVED",
		"tie is not an approval,        4, 2, 2, 0, NOT_APPROVED",
		"abstentions count for quorum,  5, 1, 0, 2, APPROVED",
		"abstentions do not approve,    3, 0, 0, 3, NOT_APPROVED",
		"exactly half is no quorum,     4, 2, 0, 0, NO_QUORUM",
		"just over half is a quorum,    5, 2, 1, 0, APPROVED",
		"nobody voted,                  5, 0, 0, 0, NO_QUORUM",
		"everyone recused,              0, 0, 0, 0, NO_QUORUM",
		"the chair alone approves,      1, 1, 0, 0, APPROVED",
		"the chair alone rejects,       1, 0, 1, 0, NOT_APPROVED",
		"majority against,              5, 1, 3, 1, NOT_APPROVED" })
	void decides(String rule, int eligible, int approvals, int rejections, int abstentions, String expected) {
		String decision = decisions.evaluateDecisionTableByKey(BoardSessionProcess.DECISION,
				Map.of("eligible", eligible, "approvals", approvals, "rejections", rejections, "abstentions", abstentions))
			.getSingleResult().getSingleEntry();
		assertThat(decision).as(rule).isEqualTo(expected);
	}
}
