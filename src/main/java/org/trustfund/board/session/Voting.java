package org.trustfund.board.session;

import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trustfund.board.BoardSettings;
import org.trustfund.notifications.NotificationService;
import org.trustfund.proposals.Proposal;
import org.trustfund.proposals.ProposalService;
import org.trustfund.web.ConflictException;
import org.trustfund.web.ValidationException;

/**
 * The voting of one session: automatic recusals when it opens, each trustee's ballot (all of their votes
 * in one transaction, or none), reminders, closing, and the chair's signature. Also the dates and voters
 * that {@code board-session.bpmn} reads, by bean name {@code boardVoting}.
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
			agenda.stream().filter(p -> voter.getCountry().equalsIgnoreCase(p.getCountry()))
				.forEach(p -> votes.save(new Vote(sessionId, p.getId(), voter.getUsername(), VoteChoice.RECUSED,
						"Recused automatically: the project is in the trustee's own country", true, now)));
			notifications.notifyUser(voter.getUsername(), "Board voting is open",
					"Session " + sessionId + " asks for your votes on " + agenda.size() + " projects by "
							+ session.getVotingDeadline() + " (UTC).", "/board/sessions/" + sessionId);
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
		Instant remind = s.getVotingDeadline().minus(settings.reminderBefore());
		return Date.from(remind.isBefore(s.getConvenedAt()) ? s.getConvenedAt() : remind);
	}

	/**
	 * Records a trustee's whole ballot: a choice for every proposal they have not voted on yet. Anything
	 * wrong refuses the whole ballot, saying what, and records nothing.
	 */
	@Transactional
	public int castBallot(long sessionId, String username, List<Ballot> ballot) {
		BoardSession session = sessions.get(sessionId);
		if (!session.acceptsVotes(sessions.now())) {
			throw new ConflictException("Voting in Board session " + sessionId + " is closed");
		}
		if (voters(sessionId).stream().noneMatch(username::equals)) {
			throw new AccessDeniedException(username + " does not vote in Board session " + sessionId);
		}
		Set<Long> agenda = sessions.agenda(sessionId).stream().map(SessionItem::getProposalId).collect(Collectors.toSet());
		Map<Long, Vote> mine = votes.findBySessionIdAndTrustee(sessionId, username).stream()
			.collect(Collectors.toMap(Vote::getProposalId, v -> v));
		Map<String, String> errors = new LinkedHashMap<>();
		Map<Long, Ballot> lines = new LinkedHashMap<>();
		for (Ballot line : ballot == null ? List.<Ballot>of() : ballot) {
			if (line.proposalId() == null || !agenda.contains(line.proposalId())) {
				errors.put("votes", "Proposal " + line.proposalId() + " is not on this session's agenda");
			}
			else if (lines.putIfAbsent(line.proposalId(), line) != null) {
				errors.put(Ballot.field(line.proposalId()), "Vote only once on each proposal");
			}
			else if (mine.containsKey(line.proposalId()) && line.choice() != null && !line.choice().isBlank()) {
				errors.put(Ballot.field(line.proposalId()), mine.get(line.proposalId()).getChoice() == VoteChoice.RECUSED
						? "You are recused from this proposal" : "You already voted on this proposal");
			}
			else if (line.comment() != null && line.comment().length() > 2000) {
				errors.put("comment_" + line.proposalId(), "Comments are limited to 2000 characters");
			}
		}
		Set<Long> missing = new HashSet<>(agenda);
		missing.removeAll(mine.keySet());
		Instant now = sessions.now();
		List<Vote> cast = new java.util.ArrayList<>();
		for (Long proposalId : sessions.agenda(sessionId).stream().map(SessionItem::getProposalId).toList()) {
			if (!missing.contains(proposalId)) {
				continue;
			}
			Ballot line = lines.get(proposalId);
			VoteChoice choice = line == null ? null : choice(line.choice());
			if (choice == null) {
				errors.putIfAbsent(Ballot.field(proposalId), "Choose approve, reject, abstain or recuse");
				continue;
			}
			String comment = line.comment() == null || line.comment().isBlank() ? null : line.comment().strip();
			cast.add(new Vote(sessionId, proposalId, username, choice, comment, false, now));
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
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
			.forEach(u -> notifications.notifyUser(u, "Reminder: your Board votes are due",
					"Voting in session " + sessionId + " closes at " + session.getVotingDeadline() + " (UTC).",
					"/tasks"));
	}

	@Transactional
	public void close(long sessionId) {
		BoardSession session = sessions.get(sessionId);
		session.closeVoting(sessions.now());
		notifications.notifyUser(session.getChair(), "A Board outcome awaits your signature",
				"Voting in session " + sessionId + " is closed.", "/board/sessions/" + sessionId + "/minutes");
	}

	@Transactional
	public void sign(long sessionId, String username, String note) {
		BoardSession session = sessions.get(sessionId);
		if (!session.getChair().equals(username)) {
			throw new AccessDeniedException("Only the chair of session " + sessionId + " signs its outcome");
		}
		if (note != null && note.length() > 2000) {
			throw new ValidationException("note", "The note is limited to 2000 characters");
		}
		session.sign(username, note == null || note.isBlank() ? null : note.strip(), sessions.now());
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

	private static VoteChoice choice(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return switch (value.strip().toUpperCase(Locale.ROOT)) {
			case "APPROVE" -> VoteChoice.APPROVE;
			case "REJECT" -> VoteChoice.REJECT;
			case "ABSTAIN" -> VoteChoice.ABSTAIN;
			case "RECUSE", "RECUSED" -> VoteChoice.RECUSED;
			default -> null;
		};
	}
}
