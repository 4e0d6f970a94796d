package org.trustfund.donors.web;

import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trustfund.donors.Contribution;
import org.trustfund.donors.ContributionForm;
import org.trustfund.donors.ContributionService;
import org.trustfund.donors.DonorService;
import org.trustfund.donors.Pledge;
import org.trustfund.donors.PledgeService;
import org.trustfund.security.CurrentUser;
import org.trustfund.shared.Money;

/** Paid contributions for fund managers: the list, recording one, one contribution and its receipt. */
@Controller
@PreAuthorize("hasAuthority('MANAGE_DONORS')")
class ContributionPageController {

	private final Clock clock;
	private final ContributionService contributions;
	private final DonorService donors;
	private final PledgeService pledges;

	ContributionPageController(ContributionService contributions, DonorService donors, PledgeService pledges,
			Clock clock) {
		this.clock = clock;
		this.contributions = contributions;
		this.donors = donors;
		this.pledges = pledges;
	}

	@GetMapping("/contributions/new")
	String newContribution(@RequestParam(required = false) Long donorId, @RequestParam(required = false) Long pledgeId,
			Model model) {
		String currency = Money.CURRENCY;
		if (pledgeId != null) {
			Pledge pledge = pledges.get(pledgeId);
			donorId = pledge.getDonorId();
			currency = pledge.getCurrency();
		}
		model.addAttribute("contribution", new ContributionForm(donorId, pledgeId, LocalDate.now(clock), null, currency,
				null, "", false, ""));
		return form(model);
	}

	@PostMapping("/contributions")
	String record(@ModelAttribute("contribution") ContributionForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return FormErrors.submit(binding, response, () -> form(model), "bankReference", () -> {
			Contribution c = contributions.record(form, CurrentUser.username());
			redirect.addFlashAttribute("flash", "contribution.saved");
			return "redirect:/contributions/" + c.getId();
		});
	}

	@GetMapping("/contributions/{id}")
	String show(@PathVariable long id, Model model) {
		return withDetails(id, model, "donors/contribution");
	}

	/** A page the fund manager prints for the donor. */
	@GetMapping("/contributions/{id}/receipt")
	String receipt(@PathVariable long id, Model model) {
		// issued today by the fund's clock (the one the engine's tests move), in UTC
		model.addAttribute("issuedOn", java.time.LocalDate.now(clock));
		return withDetails(id, model, "donors/receipt");
	}

	private String withDetails(long id, Model model, String view) {
		Contribution c = contributions.get(id);
		model.addAttribute("contribution", c);
		model.addAttribute("donor", donors.get(c.getDonorId()));
		model.addAttribute("pledge", c.getPledgeId() == null ? null : pledges.get(c.getPledgeId()));
		return view;
	}

	private String form(Model model) {
		model.addAttribute("donors", donors.all());
		List<Pledge> outstanding = pledges.all().stream().filter(p -> p.getStatus().isOutstanding()).toList();
		model.addAttribute("openPledges", outstanding);
		return "donors/contribution-form";
	}
}
