package org.trustfund.board.session.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.trustfund.board.session.Ballot;
import org.trustfund.board.session.BallotBox;
import org.trustfund.board.session.BoardPapers;
import org.trustfund.board.session.BoardSession;
import org.trustfund.board.session.SessionKind;
import org.trustfund.board.session.SessionService;
import org.trustfund.board.session.Voting;
import org.trustfund.board.session.web.SessionViews.*;
import org.trustfund.security.CurrentUser;
import org.trustfund.shared.ValidationException;

@RestController
@Tag(name = "Board sessions", description = "Convening the Board, the Board papers, trustees' votes, minutes")
class SessionApiController {


	private final SessionService sessions;
	private final Voting voting;
	private final BoardPapers papers;
	private final BallotBox ballots;

	SessionApiController(SessionService sessions, Voting voting, BoardPapers papers, BallotBox ballots) {
		this.sessions = sessions;
		this.voting = voting;
		this.papers = papers;
		this.ballots = ballots;
	}

	@PostMapping("/api/board/sessions")
	@PreAuthorize("hasAuthority('CONVENE_BOARD')")
	ResponseEntity<SessionView> convene(@RequestBody ConveneForm form) {
		BoardSession s = sessions.convene(callId(form.callId()), kind(form.kind()), CurrentUser.username());
		return ResponseEntity.created(URI.create("/api/board/sessions/" + s.getId()))
			.body(SessionView.of(s, voting.whoHasVoted(s.getId())));
	}

	@GetMapping("/api/board/sessions")
	@PreAuthorize("hasAuthority('READ_BOARD')")
	List<SessionView> list() {
		return sessions.all().stream().map(s -> SessionView.of(s, voting.whoHasVoted(s.getId()))).toList();
	}

	@GetMapping("/api/board/sessions/{id}")
	@PreAuthorize("hasAuthority('READ_BOARD')")
	SessionView show(@PathVariable long id) {
		return SessionView.of(sessions.get(id), voting.whoHasVoted(id));
	}

	@GetMapping("/api/board/sessions/{id}/papers")
	@PreAuthorize("hasAuthority('READ_BOARD_PAPERS')")
	PapersView papers(@PathVariable long id) {
		return PapersView.of(papers.papers(id));
	}

	/** The current trustee's own votes in the session (their automatic recusals included). */
	@GetMapping("/api/board/sessions/{id}/votes")
	@PreAuthorize("hasAuthority('VOTE')")
	List<VoteView> myVotes(@PathVariable long id) {
		sessions.get(id);
		return voting.votesOf(id, CurrentUser.username()).stream().map(VoteView::of).toList();
	}

	@PostMapping("/api/board/sessions/{id}/votes")
	@PreAuthorize("hasAuthority('VOTE')")
	ResponseEntity<List<VoteView>> vote(@PathVariable long id, @jakarta.validation.Valid @RequestBody BallotForm form) {
		List<Ballot> ballot = form == null || form.votes() == null ? List.of()
				: form.votes().stream().map(l -> new Ballot(l.proposalId(), l.choice(), l.comment())).toList();
		return ResponseEntity.status(201)
			.body(ballots.submit(id, CurrentUser.username(), ballot).stream().map(VoteView::of).toList());
	}

	@GetMapping("/api/board/sessions/{id}/minutes")
	@PreAuthorize("hasAuthority('READ_BOARD')")
	MinutesView minutes(@PathVariable long id) {
		return MinutesView.of(papers.minutes(id), voting.whoHasVoted(id));
	}

	static long callId(Long callId) {
		if (callId == null) {
			throw ValidationException.keyed("callId", "error.session.callMissing", "Choose the call whose recommendation the Board decides");
		}
		return callId;
	}

	static SessionKind kind(String kind) {
		try {
			return SessionKind.valueOf(kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw ValidationException.keyed("kind", "error.session.kindApi", "Choose MEETING or WRITTEN");
		}
	}
}
