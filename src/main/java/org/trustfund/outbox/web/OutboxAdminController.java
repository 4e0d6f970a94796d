package org.trustfund.outbox.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trustfund.outbox.OutboxRetry;
import org.trustfund.outbox.OutboxSettings;
import org.trustfund.shared.NotFoundException;
import org.trustfund.shared.ValidationException;

/** The administrators' page of owed deliveries ({@code /admin/outbox}), with a retry button on each. */
@Controller
@PreAuthorize("hasAuthority('MANAGE_OUTBOX')")
class OutboxAdminController {

	private final OutboxRetry outbox;
	private final OutboxSettings settings;

	OutboxAdminController(OutboxRetry outbox, OutboxSettings settings) {
		this.outbox = outbox;
		this.settings = settings;
	}

	@GetMapping("/admin/outbox")
	String list(Model model) {
		model.addAttribute("owed", outbox.owed());
		model.addAttribute("maxAttempts", settings.maxAttempts());
		return "admin/outbox";
	}

	@PostMapping("/admin/outbox/{id}/retry")
	String retry(@PathVariable String id, RedirectAttributes redirect) {
		try {
			boolean delivered = outbox.retry(OutboxApiController.uuid(id)).isEmpty();
			redirect.addFlashAttribute("flash", delivered ? "outbox.delivered" : "outbox.failedAgain");
		}
		catch (NotFoundException | ValidationException e) {
			redirect.addFlashAttribute("flash", "outbox.notOwed");
		}
		return "redirect:/admin/outbox";
	}
}
