package org.trustfund.donors.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trustfund.donors.ContributionService;
import org.trustfund.donors.DonorService;
import org.trustfund.donors.Pledge;
import org.trustfund.donors.PledgeForm;
import org.trustfund.donors.PledgeService;
import org.trustfund.security.CurrentUser;
import org.trustfund.shared.ConflictException;
import org.trustfund.shared.ValidationException;
import org.trustfund.shared.Money;

/** Pledges for fund managers: the list, one pledge with its payments, recording one, writing one off. */
@Controller
@PreAuthorize("hasAuthority('MANAGE_DONORS')")
class PledgePageController {

	private final Clock clock;
	private final PledgeService pledges;
	private final DonorService donors;
	private final ContributionService contributions;

	PledgePageController(PledgeService pledges, DonorService donors, ContributionService contributions,
			Clock clock) {
		this.clock = clock;
		this.pledges = pledges;
		this.donors = donors;
		this.contributions = contributions;
	}

	@GetMapping("/pledges/new")
	String newPledge(@RequestParam(required = false) Long donorId, Model model) {
		model.addAttribute("pledge", new PledgeForm(donorId, null, Money.CURRENCY, LocalDate.now(clock).plusMonths(1), ""));
		model.addAttribute("donors", donors.all());
		return "donors/pledge-form";
	}

	@PostMapping("/pledges")
	String create(@ModelAttribute("pledge") PledgeForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		model.addAttribute("donors", donors.all());
		return FormErrors.submit(binding, response, () -> "donors/pledge-form", null, () -> {
			Pledge pledge = pledges.create(form, CurrentUser.username());
			redirect.addFlashAttribute("flash", "pledge.saved");
			return "redirect:/pledges/" + pledge.getId();
		});
	}

	@GetMapping("/pledges/{id}")
	String show(@PathVariable long id, Model model) {
		Pledge pledge = pledges.get(id);
		model.addAttribute("pledge", pledge);
		model.addAttribute("donor", donors.get(pledge.getDonorId()));
		model.addAttribute("contributions", contributions.ofPledge(id));
		return "donors/pledge";
	}

	@PostMapping("/pledges/{id}/write-off")
	String writeOff(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			pledges.writeOff(id, reason, CurrentUser.username());
		}
		catch (ValidationException | ConflictException e) {
			response.setStatus(e instanceof ConflictException ? HttpStatus.CONFLICT.value()
					: HttpStatus.BAD_REQUEST.value());
			model.addAttribute("writeOffError", e instanceof ConflictException c ? c.inReadersLanguage()
					: ((ValidationException) e).inReadersLanguage());
			model.addAttribute("reason", reason);
			return show(id, model);
		}
		redirect.addFlashAttribute("flash", "pledge.writtenOff");
		return "redirect:/pledges/" + id;
	}
}
