package org.trustfund.board.session;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.trustfund.shared.ValidationException;
import org.trustfund.shared.ValidationException.Keyed;

/**
 * The voting rules, without any database, in the style of the ledger's money rules: functions of plain
 * values that {@link Voting} calls after loading the session, its agenda and the trustee's earlier votes.
 * What the votes decide is not here: {@code board-decision.dmn} holds that, for the fund to read and change.
 */
final class VotingRules {

	/** The longest comment on a vote, and the longest note with the chair's signature, in characters. */
	static final int MAX_TEXT = 2000;

	private VotingRules() {
	}

	/** One vote a ballot casts: the proposal, the choice, the stripped comment or {@code null}. */
	record Cast(long proposalId, VoteChoice choice, String comment) {
	}

	/**
	 * Checks a trustee's whole ballot and returns the votes it casts, in agenda order: one for every agenda
	 * proposal the trustee has not voted on yet (automatic recusals count as votes).
	 * @param agenda the session's proposal ids in agenda (rank) order
	 * @param earlier the trustee's earlier votes by proposal id
	 * @param ballot the submitted lines, or {@code null} for none
	 * @throws ValidationException with every problem by field ({@code votes}, {@code choice_<id>},
	 *         {@code comment_<id>}): a line off the agenda, two lines for one proposal, a choice for a proposal
	 *         already voted on, a comment over 2000 characters, a missing or unknown choice
	 */
	static List<Cast> ballot(List<Long> agenda, Map<Long, VoteChoice> earlier, List<Ballot> ballot) {
		Set<Long> onAgenda = new HashSet<>(agenda);
		Map<String, Keyed> errors = new LinkedHashMap<>();
		Map<Long, Ballot> lines = new LinkedHashMap<>();
		for (Ballot line : ballot == null ? List.<Ballot>of() : ballot) {
			if (line.proposalId() == null || !onAgenda.contains(line.proposalId())) {
				errors.put("votes", new Keyed("error.vote.offAgenda", "Proposal " + line.proposalId()
						+ " is not on this session's agenda", String.valueOf(line.proposalId())));
			}
			else if (lines.putIfAbsent(line.proposalId(), line) != null) {
				errors.put(Ballot.field(line.proposalId()), new Keyed("error.vote.twice", "Vote only once on each proposal"));
			}
			else if (earlier.containsKey(line.proposalId()) && line.choice() != null && !line.choice().isBlank()) {
				errors.put(Ballot.field(line.proposalId()), earlier.get(line.proposalId()) == VoteChoice.RECUSED
						? new Keyed("error.vote.recused", "You are recused from this proposal")
						: new Keyed("error.vote.already", "You already voted on this proposal"));
			}
			else if (line.comment() != null && line.comment().length() > MAX_TEXT) {
				errors.put("comment_" + line.proposalId(), new Keyed("error.vote.commentTooLong",
						"Comments are limited to 2000 characters"));
			}
		}
		List<Cast> cast = new ArrayList<>();
		for (Long proposalId : agenda) {
			if (earlier.containsKey(proposalId)) {
				continue;
			}
			Ballot line = lines.get(proposalId);
			VoteChoice choice = line == null ? null : choice(line.choice());
			if (choice == null) {
				errors.putIfAbsent(Ballot.field(proposalId), new Keyed("error.vote.choose",
						"Choose approve, reject, abstain or recuse"));
				continue;
			}
			String comment = line.comment() == null || line.comment().isBlank() ? null : line.comment().strip();
			cast.add(new Cast(proposalId, choice, comment));
		}
		if (!errors.isEmpty()) {
			throw ValidationException.keyed(errors);
		}
		return cast;
	}

	/** A ballot's choice as the form or the API gives it (any case), or {@code null} when blank or unknown. */
	static VoteChoice choice(String value) {
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

	/** A trustee is recused automatically from the projects in their own country (country codes, any case). */
	static boolean recusedByCountry(String trusteeCountry, String projectCountry) {
		return trusteeCountry.equalsIgnoreCase(projectCountry);
	}

	/** When voters are reminded: {@code before} the deadline, but never before the session was convened. */
	static Instant reminderDue(Instant votingDeadline, Duration before, Instant convenedAt) {
		Instant remind = votingDeadline.minus(before);
		return remind.isBefore(convenedAt) ? convenedAt : remind;
	}

	/**
	 * The note the chair signs with: stripped, {@code null} when blank.
	 * @throws ValidationException ({@code note}) when it is over 2000 characters
	 */
	static String signatureNote(String note) {
		if (note != null && note.length() > MAX_TEXT) {
			throw ValidationException.keyed("note", "error.vote.noteTooLong", "The note is limited to 2000 characters");
		}
		return note == null || note.isBlank() ? null : note.strip();
	}
}
