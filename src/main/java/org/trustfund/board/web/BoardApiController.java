package org.trustfund.board.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.trustfund.board.BoardService;
import org.trustfund.board.BoardTerm;
import org.trustfund.board.Trustee;
import org.trustfund.board.web.BoardViews.SittingBoard;
import org.trustfund.board.web.BoardViews.TermView;
import org.trustfund.board.web.BoardViews.TrusteeView;
import org.trustfund.security.CurrentUser;

@RestController
@Tag(name = "Board", description = "Board of Trustees: terms, trustees, chair")
class BoardApiController {

	private final Clock clock;
	private final BoardService board;

	BoardApiController(BoardService board, Clock clock) {
		this.board = board;
		this.clock = clock;
	}

	@GetMapping("/api/board")
	@PreAuthorize("hasAuthority('READ_BOARD')")
	ResponseEntity<SittingBoard> sitting() {
		return board.sittingTerm(LocalDate.now(clock))
			.map(t -> new SittingBoard(TermView.of(t, board.trusteesOf(t.getId())), board.sittingTrustees().size(),
					board.sittingTrustees().size() >= t.quorum()))
			.map(ResponseEntity::ok).orElse(ResponseEntity.noContent().build());
	}

	@GetMapping("/api/board/terms")
	@PreAuthorize("hasAuthority('READ_BOARD')")
	List<TermView> terms() {
		return board.terms().stream().map(t -> TermView.of(t, board.trusteesOf(t.getId()))).toList();
	}

	@PostMapping("/api/admin/board/terms")
	@PreAuthorize("hasAuthority('MANAGE_BOARD')")
	ResponseEntity<TermView> recordTerm(@Valid @RequestBody TermForm form) {
		BoardTerm t = board.recordTerm(form.name(), form.startsOn(), form.endsOn(), form.seats(),
				CurrentUser.username());
		return ResponseEntity.created(URI.create("/api/board/terms/" + t.getId())).body(TermView.of(t, List.of()));
	}

	@PostMapping("/api/admin/board/terms/{termId}/trustees")
	@PreAuthorize("hasAuthority('MANAGE_BOARD')")
	ResponseEntity<TrusteeView> appoint(@PathVariable long termId, @Valid @RequestBody AppointmentForm form) {
		Trustee t = board.appoint(termId, form.username(), form.country(), form.isChair(), CurrentUser.username());
		return ResponseEntity.status(201).body(TrusteeView.of(t));
	}

	@DeleteMapping("/api/admin/board/terms/{termId}/trustees/{trusteeId}")
	@PreAuthorize("hasAuthority('MANAGE_BOARD')")
	ResponseEntity<Void> remove(@PathVariable long termId, @PathVariable long trusteeId) {
		board.remove(termId, trusteeId);
		return ResponseEntity.noContent().build();
	}
}
