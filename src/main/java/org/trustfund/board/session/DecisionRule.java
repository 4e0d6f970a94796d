package org.trustfund.board.session;

import java.util.ArrayList;
import java.util.HashMap;
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

	/**
	 * One tally per agenda item, in agenda (rank) order. The table is evaluated once per distinct count of
	 * votes: with five trustees a thousand proposals share a handful of counts (and each evaluation is
	 * written to Camunda's history).
	 */
	List<Tally> tallies(List<SessionItem> agenda, int voters, List<Vote> votes) {
		Map<Long, List<Vote>> byProposal = votes.stream().collect(Collectors.groupingBy(Vote::getProposalId));
		Map<List<Integer>, Decision> decided = new HashMap<>();
		List<Tally> tallies = new ArrayList<>();
		for (SessionItem item : agenda) {
			List<Vote> cast = byProposal.getOrDefault(item.getProposalId(), List.of());
			int approvals = count(cast, VoteChoice.APPROVE);
			int rejections = count(cast, VoteChoice.REJECT);
			int abstentions = count(cast, VoteChoice.ABSTAIN);
			int recusals = count(cast, VoteChoice.RECUSED);
			int eligible = voters - recusals;
			Decision decision = decided.computeIfAbsent(List.of(eligible, approvals, rejections, abstentions),
					k -> decide(eligible, approvals, rejections, abstentions));
			tallies.add(new Tally(item.getProposalId(), eligible, approvals, rejections, abstentions, recusals, decision));
		}
		return tallies;
	}

	Decision decide(int eligible, int approvals, int rejections, int abstentions) {
		return Decision.valueOf(decisions.evaluateDecisionTableByKey(BoardSessionProcess.DECISION,
				Variables.createVariables().putValue("eligible", eligible).putValue("approvals", approvals)
					.putValue("rejections", rejections).putValue("abstentions", abstentions))
			.getSingleResult().<String>getSingleEntry());
	}

	private static int count(List<Vote> votes, VoteChoice choice) {
		return (int) votes.stream().filter(v -> v.getChoice() == choice).count();
	}
}
