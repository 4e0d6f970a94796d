package org.trustfund.board.session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.trustfund.board.BoardSessionProcess;

/**
 * Counts each proposal's votes and asks {@code board-decision.dmn} what they decide.
 * <p>
 * Deciding is recorded in Camunda's history (the audit of how the Board's votes were counted) when the outcome
 * is applied. A read-only preview (the minutes before the chair signs) asks the same deployed table through a
 * DMN engine of its own, which writes nothing: a read-only transaction may not write (PostgreSQL refuses it), and
 * a preview is not a decision.
 */
@Component
class DecisionRule {

	private final DecisionService decisions;
	private final RepositoryService repository;
	private final DmnEngine previews = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
	private final Map<String, DmnDecision> parsed = new ConcurrentHashMap<>();

	DecisionRule(DecisionService decisions, RepositoryService repository) {
		this.decisions = decisions;
		this.repository = repository;
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
		VariableMap counts = Variables.createVariables().putValue("eligible", eligible).putValue("approvals", approvals)
			.putValue("rejections", rejections).putValue("abstentions", abstentions);
		if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			return Decision.valueOf(previews.evaluateDecisionTable(latest(), counts).getSingleResult()
				.<String>getSingleEntry());
		}
		return Decision.valueOf(decisions.evaluateDecisionTableByKey(BoardSessionProcess.DECISION, counts)
			.getSingleResult().<String>getSingleEntry());
	}

	/** The latest deployed version of the table, parsed once per version. */
	private DmnDecision latest() {
		DecisionDefinition definition = repository.createDecisionDefinitionQuery()
			.decisionDefinitionKey(BoardSessionProcess.DECISION).latestVersion().singleResult();
		return parsed.computeIfAbsent(definition.getId(), id -> {
			try (InputStream model = repository.getDecisionModel(id)) {
				return previews.parseDecision(BoardSessionProcess.DECISION, model);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}

	private static int count(List<Vote> votes, VoteChoice choice) {
		return (int) votes.stream().filter(v -> v.getChoice() == choice).count();
	}
}
