package org.trustfund.donors.web;

import java.util.List;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trustfund.donors.ContributionService;
import org.trustfund.donors.Donor;
import org.trustfund.donors.DonorForm;
import org.trustfund.donors.DonorKind;
import org.trustfund.donors.DonorService;
import org.trustfund.donors.PledgeService;
import org.trustfund.security.CurrentUser;
import org.trustfund.web.Countries;
import org.trustfund.web.Countries.Country;

/** Donors for fund managers: the list, a donor's page with its pledges, payments and totals, the forms. */
@Controller
@PreAuthorize("hasAuthority('MANAGE_DONORS')")
class DonorPageController {

	private final DonorService donors;
	private final PledgeService pledges;
	private final ContributionService contributions;

	DonorPageController(DonorService donors, PledgeService pledges, ContributionService contributions) {
		this.donors = donors;
		this.pledges = pledges;
		this.contributions = contributions;
	}

	@ModelAttribute("countries")
	List<Country> countries() {
		return Countries.all();
	}

	@ModelAttribute("kinds")
	DonorKind[] kinds() {
		return DonorKind.values();
	}

	@GetMapping("/donors/new")
	String newDonor(Model model) {
		model.addAttribute("donor", DonorForm.empty());
		return "donors/form";
	}

	@PostMapping("/donors")
	String create(@ModelAttribute("donor") DonorForm form, BindingResult binding, RedirectAttributes redirect,
			HttpServletResponse response) {
		return FormErrors.submit(binding, response, () -> "donors/form", null, () -> {
			Donor donor = donors.create(form, CurrentUser.username());
			redirect.addFlashAttribute("flash", "donor.saved");
			return "redirect:/donors/" + donor.getId();
		});
	}

	@GetMapping("/donors/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("donor", donors.get(id));
		model.addAttribute("summary", donors.summary(id));
		model.addAttribute("pledges", pledges.ofDonor(id));
		model.addAttribute("contributions", contributions.ofDonor(id));
		return "donors/show";
	}

	@GetMapping("/donors/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		model.addAttribute("donorId", id);
		model.addAttribute("donor", DonorForm.of(donors.get(id)));
		return "donors/form";
	}

	@PostMapping("/donors/{id}")
	String update(@PathVariable long id, @ModelAttribute("donor") DonorForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		model.addAttribute("donorId", id);
		return FormErrors.submit(binding, response, () -> "donors/form", null, () -> {
			donors.update(id, form);
			redirect.addFlashAttribute("flash", "donor.saved");
			return "redirect:/donors/" + id;
		});
	}
}
