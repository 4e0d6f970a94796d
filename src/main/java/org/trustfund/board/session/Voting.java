package org.trustfund.board.session;

import org.trustfund.notifications.Text;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trustfund.board.BoardSettings;
import org.trustfund.notifications.NotificationService;
import org.trustfund.proposals.Proposal;
import org.trustfund.proposals.ProposalService;
import org.trustfund.shared.ConflictException;

/**
 * The voting of one session: automatic recusals when it opens, each trustee's ballot (all of their votes
 * in one transaction, or none), reminders, closing, and the chair's signature. Also the dates and voters
 * that {@code board-session.bpmn} reads, by bean name {@code boardVoting}. It loads and saves; the rules
 * (which ballot is valid, who is recused, when to remind) are {@link VotingRules}.
 */
@Service("boardVoting")
public class Voting {

	private final SessionService sessions;
	private final Votes votes;
	private final ProposalService proposals;
	private final NotificationService notifications;
	private final BoardSettings settings;

	Voting(SessionService sessions, Votes votes, ProposalService proposals, NotificationService notifications,
			BoardSettings settings) {
		this.sessions = sessions;
		this.votes = votes;
		this.proposals = proposals;
		this.notifications = notifications;
		this.settings = settings;
	}

	/** Recuses each trustee from the projects in their own country, and tells the voters that voting is open. */
	@Transactional
	public void open(long sessionId) {
		BoardSession session = sessions.get(sessionId);
		List<Proposal> agenda = proposals.withIds(sessions.agenda(sessionId).stream().map(SessionItem::getProposalId)
			.toList());
		Instant now = sessions.now();
		for (SessionVoter voter : sessions.voters(sessionId)) {
			agenda.stream().filter(p -> VotingRules.recusedByCountry(voter.getCountry(), p.getCountry()))
				.forEach(p -> votes.save(new Vote(sessionId, p.getId(), voter.getUsername(), VoteChoice.RECUSED,
						"Recused automatically: the project is in the trustee's own country", true, now)));
			notifications.notifyUser(voter.getUsername(), Text.of("notice.voting.open"),
					Text.of("notice.voting.open.body", String.valueOf(sessionId), agenda.size(),
							session.getVotingDeadline()), "/board/sessions/" + sessionId);
		}
	}

	/** The usernames who vote: the process's multi-instance collection. */
	@Transactional(readOnly = true)
	public List<String> voters(long sessionId) {
		return sessions.voters(sessionId).stream().map(SessionVoter::getUsername).toList();
	}

	@Transactional(readOnly = true)
	public String chairOf(long sessionId) {
		return sessions.get(sessionId).getChair();
	}

	@Transactional(readOnly = true)
	public Date votingDeadline(long sessionId) {
		return Date.from(sessions.get(sessionId).getVotingDeadline());
	}

	/** The configured time before the deadline, but never before the session was convened. */
	@Transactional(readOnly = true)
	public Date reminderDue(long sessionId) {
		BoardSession s = sessions.get(sessionId);
		return Date.from(VotingRules.reminderDue(s.getVotingDeadline(), settings.reminderBefore(), s.getConvenedAt()));
	}

	/**
	 * Records a trustee's whole ballot: a choice for every proposal they have not voted on yet. Anything
	 * wrong refuses the whole ballot, saying what, and records nothing.
	 */
	@Transactional
	public int castBallot(long sessionId, String username, List<Ballot> ballot) {
		BoardSession session = sessions.get(sessionId);
		if (!session.acceptsVotes(sessions.now())) {
			throw ConflictException.keyed("conflict.voting.closed", "Voting in Board session " + sessionId + " is closed",
					String.valueOf(sessionId));
		}
		if (voters(sessionId).stream().noneMatch(username::equals)) {
			throw new AccessDeniedException(username + " does not vote in Board session " + sessionId);
		}
		List<Long> agenda = sessions.agenda(sessionId).stream().map(SessionItem::getProposalId).toList();
		Map<Long, VoteChoice> earlier = votes.findBySessionIdAndTrustee(sessionId, username).stream()
			.collect(Collectors.toMap(Vote::getProposalId, Vote::getChoice));
		Instant now = sessions.now();
		List<Vote> cast = VotingRules.ballot(agenda, earlier, ballot).stream()
			.map(c -> new Vote(sessionId, c.proposalId(), username, c.choice(), c.comment(), false, now)).toList();
		votes.saveAll(cast);
		return cast.size();
	}

	/** Reminds the voters who have not voted on every proposal yet. */
	@Transactional
	public void remind(long sessionId) {
		BoardSession session = sessions.get(sessionId);
		int agenda = sessions.agenda(sessionId).size();
		Map<String, Long> cast = votes.findBySessionIdOrderByProposalIdAscTrusteeAsc(sessionId).stream()
			.collect(Collectors.groupingBy(Vote::getTrustee, Collectors.counting()));
		voters(sessionId).stream().filter(u -> cast.getOrDefault(u, 0L) < agenda)
			.forEach(u -> notifications.notifyUser(u, Text.of("notice.voting.reminder"),
					Text.of("notice.voting.reminder.body", String.valueOf(sessionId), session.getVotingDeadline()),
					"/tasks"));
	}

	@Transactional
	public void close(long sessionId) {
		BoardSession session = sessions.get(sessionId);
		session.closeVoting(sessions.now());
		notifications.notifyUser(session.getChair(), Text.of("notice.voting.closed"),
				Text.of("notice.voting.closed.body", String.valueOf(sessionId)), "/board/sessions/" + sessionId + "/minutes");
	}

	@Transactional
	public void sign(long sessionId, String username, String note) {
		BoardSession session = sessions.get(sessionId);
		if (!session.getChair().equals(username)) {
			throw new AccessDeniedException("Only the chair of session " + sessionId + " signs its outcome");
		}
		session.sign(username, VotingRules.signatureNote(note), sessions.now());
	}

	/** Whether the trustee has voted on every proposal (shown to fund managers; never how). */
	@Transactional(readOnly = true)
	public Map<String, Boolean> whoHasVoted(long sessionId) {
		int agenda = sessions.agenda(sessionId).size();
		Map<String, Long> cast = votes.findBySessionIdOrderByProposalIdAscTrusteeAsc(sessionId).stream()
			.filter(v -> !v.isAutomatic()).collect(Collectors.groupingBy(Vote::getTrustee, Collectors.counting()));
		Map<String, Long> auto = votes.findBySessionIdOrderByProposalIdAscTrusteeAsc(sessionId).stream()
			.filter(Vote::isAutomatic).collect(Collectors.groupingBy(Vote::getTrustee, Collectors.counting()));
		Map<String, Boolean> result = new LinkedHashMap<>();
		voters(sessionId).forEach(u -> result.put(u, cast.getOrDefault(u, 0L) > 0
				|| auto.getOrDefault(u, 0L) == agenda));
		return result;
	}

	@Transactional(readOnly = true)
	public List<Vote> votesOf(long sessionId, String username) {
		return votes.findBySessionIdAndTrustee(sessionId, username);
	}

	@Transactional(readOnly = true)
	public List<Vote> all(long sessionId) {
		return votes.findBySessionIdOrderByProposalIdAscTrusteeAsc(sessionId);
	}
}
