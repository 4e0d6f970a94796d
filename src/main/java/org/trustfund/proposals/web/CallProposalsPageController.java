package org.trustfund.proposals.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trustfund.calls.CallProcess;
import org.trustfund.calls.CallService;
import org.trustfund.calls.CallStatus;
import org.trustfund.processes.ProcessDiagrams;
import org.trustfund.proposals.ProposalService;
import org.trustfund.proposals.Recommendation;
import org.trustfund.security.CurrentUser;
import org.trustfund.shared.ValidationException;
import org.trustfund.security.Permission;

/** A call's proposals by stage and its process (fund managers), its ranked recommendation (and trustees). */
@Controller
class CallProposalsPageController {

	private final CallService calls;
	private final ProposalService proposals;
	private final RankedViews ranked;
	private final ProcessDiagrams diagrams;

	CallProposalsPageController(CallService calls, ProposalService proposals, RankedViews ranked,
			ProcessDiagrams diagrams) {
		this.calls = calls;
		this.proposals = proposals;
		this.ranked = ranked;
		this.diagrams = diagrams;
	}

	@GetMapping("/calls/{id}/proposals")
	@PreAuthorize("hasAuthority('READ_ALL_PROPOSALS')")
	String proposals(@PathVariable long id, Model model) {
		model.addAttribute("call", calls.get(id));
		model.addAttribute("proposals", proposals.ofCall(id));
		return "proposals/call-proposals";
	}

	@GetMapping("/calls/{id}/process")
	@PreAuthorize("hasAuthority('READ_ALL_PROPOSALS')")
	String process(@PathVariable long id, Model model) {
		model.addAttribute("call", calls.get(id));
		model.addAttribute("diagram", diagrams.of(CallProcess.KEY, Long.toString(id)).orElse(null));
		return "proposals/process";
	}

	@GetMapping("/calls/{id}/recommendation")
	@PreAuthorize("hasAuthority('READ_RECOMMENDATION')")
	String recommendation(@PathVariable long id, Model model) {
		model.addAttribute("ranked", ranked.of(id));
		model.addAttribute("adjustable", calls.get(id).getStatus() == CallStatus.RECOMMENDATION
				&& CurrentUser.get().can(Permission.ADJUST_RECOMMENDATION));
		model.addAttribute("recommendations", Recommendation.values());
		return "proposals/recommendation";
	}

	@PostMapping("/calls/{id}/recommendation/{proposalId}")
	@PreAuthorize("hasAuthority('ADJUST_RECOMMENDATION')")
	String adjust(@PathVariable long id, @PathVariable long proposalId,
			@RequestParam(required = false) Recommendation recommendation,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		try {
			if (recommendation == null) {
				throw ValidationException.keyed("recommendation", "error.recommendation.choose", "Choose fund, reserve or reject");
			}
			ranked.adjust(id, proposalId, recommendation, reason, CurrentUser.username());
			redirect.addFlashAttribute("flash", "recommendation.changed");
		}
		catch (ValidationException e) {
			redirect.addFlashAttribute("adjustError", String.join("; ", e.fieldErrors().values()));
			redirect.addFlashAttribute("adjustProposal", proposalId);
		}
		return "redirect:/calls/" + id + "/recommendation";
	}
}
