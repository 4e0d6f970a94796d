package org.trustfund.board.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.trustfund.board.BoardSessionProcess;

/** Counts each proposal's votes and asks {@code board-decision.dmn} what they decide. */
@Component
class DecisionRule {

	private final DecisionService decisions;

	DecisionRule(DecisionService decisions) {
		this.decisions = decisions;
	}

	/** One tally per agenda item, in agenda (rank) order. */
	List<Tally> tallies(List<SessionItem> agenda, int voters, List<Vote> votes) {
		Map<Long, List<Vote>> byProposal = votes.stream().collect(Collectors.groupingBy(Vote::getProposalId));
		List<Tally> tallies = new ArrayList<>();
		for (SessionItem item : agenda) {
			tallies.add(tally(item.getProposalId(), voters, byProposal.getOrDefault(item.getProposalId(), List.of())));
		}
		return tallies;
	}

	Tally tally(long proposalId, int voters, List<Vote> votes) {
		int approvals = count(votes, VoteChoice.APPROVE);
		int rejections = count(votes, VoteChoice.REJECT);
		int abstentions = count(votes, VoteChoice.ABSTAIN);
		int recusals = count(votes, VoteChoice.RECUSED);
		int eligible = voters - recusals;
		String decision = decisions.evaluateDecisionTableByKey(BoardSessionProcess.DECISION, Variables.createVariables()
			.putValue("eligible", eligible).putValue("approvals", approvals).putValue("rejections", rejections)
			.putValue("abstentions", abstentions)).getSingleResult().getSingleEntry();
		return new Tally(proposalId, eligible, approvals, rejections, abstentions, recusals, Decision.valueOf(decision));
	}

	private static int count(List<Vote> votes, VoteChoice choice) {
		return (int) votes.stream().filter(v -> v.getChoice() == choice).count();
	}
}
