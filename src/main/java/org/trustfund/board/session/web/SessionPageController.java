package org.trustfund.board.session.web;

import org.camunda.bpm.engine.task.Task;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trustfund.board.session.BallotBox;
import org.trustfund.board.session.BoardPapers;
import org.trustfund.board.session.BoardSession;
import org.trustfund.board.session.SessionService;
import org.trustfund.board.session.Voting;
import org.trustfund.security.CurrentUser;
import org.trustfund.shared.ConflictException;
import org.trustfund.shared.ValidationException;

/** The Board's sessions: list, convene (fund manager), one session, its papers and its minutes. Trustees
 * vote through their task ({@code /tasks/{id}}), the chair signs through theirs. */
@Controller
class SessionPageController {

	private final SessionService sessions;
	private final Voting voting;
	private final BoardPapers papers;
	private final BallotBox ballots;

	SessionPageController(SessionService sessions, Voting voting, BoardPapers papers, BallotBox ballots) {
		this.sessions = sessions;
		this.voting = voting;
		this.papers = papers;
		this.ballots = ballots;
	}

	@GetMapping("/board/sessions")
	@PreAuthorize("hasAuthority('READ_BOARD')")
	String list(Model model) {
		model.addAttribute("sessions", sessions.all());
		return "board/sessions";
	}

	@GetMapping("/board/sessions/new")
	@PreAuthorize("hasAuthority('CONVENE_BOARD')")
	String conveneForm(Model model) {
		model.addAttribute("calls", sessions.callsReadyForBoard());
		return "board/convene";
	}

	@PostMapping("/board/sessions")
	@PreAuthorize("hasAuthority('CONVENE_BOARD')")
	String convene(@RequestParam(required = false) Long callId, @RequestParam(required = false) String kind,
			Model model, RedirectAttributes redirect) {
		try {
			BoardSession s = sessions.convene(SessionApiController.callId(callId), SessionApiController.kind(kind),
					CurrentUser.username());
			redirect.addFlashAttribute("flash", "session.convened");
			return "redirect:/board/sessions/" + s.getId();
		}
		catch (ValidationException e) {
			model.addAttribute("errors", e.fieldErrors());
		}
		catch (ConflictException e) {
			model.addAttribute("errors", java.util.Map.of("callId", e.inReadersLanguage()));
		}
		model.addAttribute("calls", sessions.callsReadyForBoard());
		model.addAttribute("callId", callId);
		return "board/convene";
	}

	@GetMapping("/board/sessions/{id}")
	@PreAuthorize("hasAuthority('READ_BOARD')")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("boardSession", sessions.get(id));
		model.addAttribute("voted", voting.whoHasVoted(id));
		model.addAttribute("agenda", papers.papers(id).items());
		Task mine = ballots.votingTask(id, CurrentUser.username());
		model.addAttribute("myTaskId", mine == null ? null : mine.getId());
		return "board/session";
	}

	@GetMapping("/board/sessions/{id}/papers")
	@PreAuthorize("hasAuthority('READ_BOARD_PAPERS')")
	String papers(@PathVariable long id, Model model) {
		model.addAttribute("papers", papers.papers(id));
		return "board/papers";
	}

	@GetMapping("/board/sessions/{id}/minutes")
	@PreAuthorize("hasAuthority('READ_BOARD')")
	String minutes(@PathVariable long id, Model model) {
		BoardSession session = sessions.get(id);
		model.addAttribute("boardSession", session);
		model.addAttribute("minutes", session.votingClosed() ? papers.minutes(id) : null);
		return "board/minutes";
	}
}
