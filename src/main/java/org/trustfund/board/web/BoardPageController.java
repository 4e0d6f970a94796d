package org.trustfund.board.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trustfund.web.Countries;
import org.trustfund.board.BoardService;
import org.trustfund.security.CurrentUser;
import org.trustfund.shared.ValidationException;

@Controller
class BoardPageController {

	private final Clock clock;
	private final BoardService board;

	BoardPageController(BoardService board, Clock clock) {
		this.board = board;
		this.clock = clock;
	}

	@GetMapping("/board")
	@PreAuthorize("hasAuthority('READ_BOARD')")
	String board(Model model) {
		board.sittingTerm(LocalDate.now(clock)).ifPresent(t -> {
			model.addAttribute("term", t);
			model.addAttribute("trustees", board.trusteesOf(t.getId()));
			model.addAttribute("sitting", board.sittingTrustees().size());
		});
		model.addAttribute("terms", board.terms());
		return "board/board";
	}

	@GetMapping("/admin/board")
	@PreAuthorize("hasAuthority('MANAGE_BOARD')")
	String admin(Model model) {
		model.addAttribute("terms", board.terms());
		if (!model.containsAttribute("termForm")) {
			model.addAttribute("termForm", new TermForm("", null, null, null));
		}
		return "board/admin";
	}

	@PostMapping("/admin/board/terms")
	@PreAuthorize("hasAuthority('MANAGE_BOARD')")
	String recordTerm(@Valid @ModelAttribute("termForm") TermForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				var term = board.recordTerm(form.name(), form.startsOn(), form.endsOn(), form.seats(),
						CurrentUser.username());
				redirect.addFlashAttribute("flash", "board.termRecorded");
				return "redirect:/admin/board/terms/" + term.getId();
			}
			catch (ValidationException e) {
				e.fieldErrors().forEach((f, m) -> binding.rejectValue(f, "invalid", m));
			}
		}
		model.addAttribute("terms", board.terms());
		return "board/admin";
	}

	@GetMapping("/admin/board/terms/{id}")
	@PreAuthorize("hasAuthority('MANAGE_BOARD')")
	String term(@PathVariable long id, Model model) {
		model.addAttribute("term", board.term(id));
		model.addAttribute("trustees", board.trusteesOf(id));
		model.addAttribute("countries", countries());
		if (!model.containsAttribute("appointmentForm")) {
			model.addAttribute("appointmentForm", new AppointmentForm("", "", false));
		}
		return "board/term";
	}

	@PostMapping("/admin/board/terms/{id}/trustees")
	@PreAuthorize("hasAuthority('MANAGE_BOARD')")
	String appoint(@PathVariable long id, @Valid @ModelAttribute("appointmentForm") AppointmentForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				board.appoint(id, form.username(), form.country(), form.isChair(), CurrentUser.username());
				redirect.addFlashAttribute("flash", "board.trusteeAppointed");
				return "redirect:/admin/board/terms/" + id;
			}
			catch (ValidationException e) {
				e.fieldErrors().forEach((f, m) -> binding.rejectValue(f, "invalid", m));
			}
		}
		model.addAttribute("term", board.term(id));
		model.addAttribute("trustees", board.trusteesOf(id));
		model.addAttribute("countries", countries());
		return "board/term";
	}

	@PostMapping("/admin/board/terms/{id}/trustees/{trusteeId}/remove")
	@PreAuthorize("hasAuthority('MANAGE_BOARD')")
	String remove(@PathVariable long id, @PathVariable long trusteeId, RedirectAttributes redirect) {
		board.remove(id, trusteeId);
		redirect.addFlashAttribute("flash", "board.trusteeRemoved");
		return "redirect:/admin/board/terms/" + id;
	}

	private static List<String[]> countries() {
		return Countries.all().stream().map(c -> new String[] { c.code(), c.name() }).toList();
	}
}
