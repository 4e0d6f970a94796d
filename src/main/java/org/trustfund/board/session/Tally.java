package org.trustfund.board.session;

/**
 * The count of one proposal's votes. {@code eligible}: the session's voters not recused from it (those who
 * did not vote count as eligible but not taking part); the decision comes from {@code board-decision.dmn}.
 */
public record Tally(long proposalId, int eligible, int approvals, int rejections, int abstentions, int recusals,
		Decision decision) {

	public int takingPart() {
		return approvals + rejections + abstentions;
	}
}
