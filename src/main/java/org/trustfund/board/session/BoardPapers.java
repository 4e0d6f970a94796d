package org.trustfund.board.session;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trustfund.calls.CallService;
import org.trustfund.ledger.FundLedger;
import org.trustfund.shared.Money;
import org.trustfund.proposals.Proposal;
import org.trustfund.proposals.ProposalService;
import org.trustfund.proposals.Review;
import org.trustfund.proposals.ReviewService;

/** What the Board reads (each proposal's summary, scores, reviewers' comments, the recommendation, the
 * money available) and, once voting has closed, the minutes. */
@Service
public class BoardPapers {

	private final SessionService sessions;
	private final Voting voting;
	private final OutcomeApplication outcomes;
	private final Outcomes recorded;
	private final ProposalService proposals;
	private final ReviewService reviews;
	private final CallService calls;
	private final FundLedger ledger;

	BoardPapers(SessionService sessions, Voting voting, OutcomeApplication outcomes, Outcomes recorded,
			ProposalService proposals, ReviewService reviews, CallService calls, FundLedger ledger) {
		this.sessions = sessions;
		this.voting = voting;
		this.outcomes = outcomes;
		this.recorded = recorded;
		this.proposals = proposals;
		this.reviews = reviews;
		this.calls = calls;
		this.ledger = ledger;
	}

	public record Papers(BoardSession session, String callTitle, Money available, List<Item> items) {
	}

	public record Item(int position, Proposal proposal, List<Review> reviews) {
	}

	public record Minutes(BoardSession session, String callTitle, List<SessionVoter> voters, List<Line> lines) {
	}

	/** One proposal in the minutes: its votes, the tally and, once applied, what was done. */
	public record Line(Proposal proposal, List<Vote> votes, Tally tally, Outcome outcome) {
	}

	@Transactional(readOnly = true)
	public Papers papers(long sessionId) {
		BoardSession session = sessions.get(sessionId);
		List<SessionItem> agenda = sessions.agenda(sessionId);
		Map<Long, Proposal> byId = byId(agenda);
		List<Item> items = agenda.stream().map(i -> new Item(i.getPosition(), byId.get(i.getProposalId()),
				reviews.submitted(i.getProposalId()))).toList();
		return new Papers(session, callTitle(session), ledger.available(), items);
	}

	/** The minutes exist once voting has closed: before that nobody sees how anyone voted. */
	@Transactional(readOnly = true)
	public Minutes minutes(long sessionId) {
		BoardSession session = sessions.get(sessionId);
		if (!session.votingClosed()) {
			throw org.trustfund.shared.ConflictException.keyed("conflict.minutes.beforeClose",
					"The minutes are written when voting closes");
		}
		List<SessionItem> agenda = sessions.agenda(sessionId);
		Map<Long, Proposal> byId = byId(agenda);
		Map<Long, List<Vote>> votes = voting.all(sessionId).stream().collect(Collectors.groupingBy(Vote::getProposalId));
		Map<Long, Outcome> applied = recorded.findBySessionIdOrderByIdAsc(sessionId).stream()
			.collect(Collectors.toMap(Outcome::getProposalId, Function.identity()));
		List<Line> lines = outcomes.tallies(sessionId).stream().map(t -> new Line(byId.get(t.proposalId()),
				votes.getOrDefault(t.proposalId(), List.of()), t, applied.get(t.proposalId()))).toList();
		return new Minutes(session, callTitle(session), sessions.voters(sessionId), lines);
	}

	private Map<Long, Proposal> byId(List<SessionItem> agenda) {
		return proposals.withIds(agenda.stream().map(SessionItem::getProposalId).toList()).stream()
			.collect(Collectors.toMap(Proposal::getId, Function.identity()));
	}

	private String callTitle(BoardSession session) {
		return session.getCallId() == null ? "" : calls.get(session.getCallId()).getTitle();
	}
}
