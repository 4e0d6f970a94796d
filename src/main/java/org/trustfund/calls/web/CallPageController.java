package org.trustfund.calls.web;

import java.time.ZoneId;
import java.util.List;
import java.util.TreeSet;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trustfund.calls.AssistanceService;
import org.trustfund.calls.Call;
import org.trustfund.calls.CallService;
import org.trustfund.calls.Regions;
import org.trustfund.calls.TargetGroup;
import org.trustfund.security.AppUser;
import org.trustfund.security.CurrentUser;
import org.trustfund.shared.ConflictException;
import org.trustfund.shared.ValidationException;

/** Calls for proposals: the list for everyone, drafting and publishing for fund managers. */
@Controller
class CallPageController {

	private final CallService calls;

	CallPageController(CallService calls) {
		this.calls = calls;
	}

	@ModelAttribute("targetGroups")
	TargetGroup[] targetGroups() {
		return TargetGroup.values();
	}

	@ModelAttribute("allServices")
	AssistanceService[] allServices() {
		return AssistanceService.values();
	}

	@GetMapping("/calls")
	String list(Model model) {
		AppUser user = CurrentUser.get();
		model.addAttribute("calls", CallAccess.staff(user) ? calls.all() : calls.published());
		return "calls/list";
	}

	@GetMapping("/calls/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("call", CallAccess.visible(CurrentUser.get(), calls.get(id)));
		return "calls/show";
	}

	@GetMapping("/calls/new")
	@PreAuthorize("hasAuthority('MANAGE_CALLS')")
	String newForm(Model model) {
		return form(model, new CallPageForm(), null);
	}

	@PostMapping("/calls/new")
	@PreAuthorize("hasAuthority('MANAGE_CALLS')")
	String create(@ModelAttribute("callForm") CallPageForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		try {
			Call call = calls.draft(form.toForm(), CurrentUser.username());
			redirect.addFlashAttribute("flash", "call.saved");
			return "redirect:/calls/" + call.getId();
		}
		catch (ValidationException e) {
			e.fieldErrors().forEach((field, message) -> reject(binding, field, message));
			return form(model, form, null);
		}
	}

	@GetMapping("/calls/{id}/edit")
	@PreAuthorize("hasAuthority('MANAGE_CALLS')")
	String editForm(@PathVariable long id, Model model) {
		Call call = calls.get(id);
		if (call.isPublished()) {
			throw ConflictException.keyed("conflict.call.notDraft", "Only a draft call can be edited");
		}
		return form(model, CallPageForm.of(call), call);
	}

	@PostMapping("/calls/{id}/edit")
	@PreAuthorize("hasAuthority('MANAGE_CALLS')")
	String edit(@PathVariable long id, @ModelAttribute("callForm") CallPageForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		try {
			calls.update(id, form.toForm());
			redirect.addFlashAttribute("flash", "call.saved");
			return "redirect:/calls/" + id;
		}
		catch (ValidationException e) {
			e.fieldErrors().forEach((field, message) -> reject(binding, field, message));
			return form(model, form, calls.get(id));
		}
	}

	@PostMapping("/calls/{id}/publish")
	@PreAuthorize("hasAuthority('MANAGE_CALLS')")
	String publish(@PathVariable long id, RedirectAttributes redirect) {
		try {
			calls.publish(id, CurrentUser.username());
			redirect.addFlashAttribute("flash", "call.published");
		}
		catch (ValidationException e) {
			redirect.addFlashAttribute("publishError", String.join("; ", e.fieldErrors().values()));
		}
		return "redirect:/calls/" + id;
	}

	private String form(Model model, CallPageForm form, Call call) {
		model.addAttribute("callForm", form);
		model.addAttribute("call", call);
		model.addAttribute("regions", new TreeSet<>(Regions.names()));
		model.addAttribute("zones", List.of("UTC", "Europe/Vienna", "America/New_York", "Africa/Lagos",
				"Asia/Bangkok", ZoneId.systemDefault().getId()).stream().distinct().toList());
		return "calls/form";
	}

	/** Field errors of the form's own fields; the rest (e.g. the call's state) as a global error. */
	private static void reject(BindingResult binding, String field, String message) {
		String base = field.contains("[") ? field.substring(0, field.indexOf('[')) : field;
		if (List.of("title", "description", "openingDate", "submissionDeadline", "timeZone", "eligibleCountries",
				"priorityTargetGroups", "services", "ceilingPerGrant", "maxDurationMonths", "envelope", "criteria",
				"qualityThresholdPercent", "reserveListExpiry").contains(base)) {
			binding.rejectValue(base, "invalid", message);
		}
		else {
			binding.reject("invalid", message);
		}
	}
}
