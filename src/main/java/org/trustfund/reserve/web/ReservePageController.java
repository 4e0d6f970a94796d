package org.trustfund.reserve.web;

import org.trustfund.shared.Notes;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trustfund.calls.CallService;
import org.trustfund.shared.Money;
import org.trustfund.reserve.ReserveListService;
import org.trustfund.security.CurrentUser;
import org.trustfund.shared.ConflictException;
import org.trustfund.shared.ValidationException;

@Controller
class ReservePageController {

	private final ReserveListService reserve;
	private final CallService calls;
	private final MessageSource messages;
	private final Notes notes;

	ReservePageController(ReserveListService reserve, CallService calls, MessageSource messages, Notes notes) {
		this.notes = notes;
		this.messages = messages;
		this.reserve = reserve;
		this.calls = calls;
	}

	@GetMapping("/reserve")
	@PreAuthorize("hasAuthority('READ_RESERVE_LISTS')")
	String lists(Model model) {
		Money available = reserve.available();
		model.addAttribute("available", available.amount());
		model.addAttribute("lists",
				reserve.lists().stream().map(l -> ReserveViews.summary(l, reserve, calls, available)).toList());
		return "reserve/lists";
	}

	@GetMapping("/reserve/{callId}")
	@PreAuthorize("hasAuthority('READ_RESERVE_LISTS')")
	String list(@PathVariable long callId, Model model) {
		model.addAttribute("list", ReserveViews.detail(callId, reserve, calls, notes));
		model.addAttribute("withdrawForm", new WithdrawForm(null, ""));
		model.addAttribute("expiryForm", new ExpiryForm(null, ""));
		return "reserve/list";
	}

	@PostMapping("/reserve/{callId}/withdraw")
	@PreAuthorize("hasAuthority('MANAGE_RESERVE_LISTS')")
	String withdraw(@PathVariable long callId, @ModelAttribute WithdrawForm form, Model model,
			RedirectAttributes redirect) {
		try {
			if (form.proposalId() == null) {
				throw ValidationException.keyed("proposalId", "error.reserve.chooseProject", "Choose the project to withdraw");
			}
			reserve.withdraw(callId, form.proposalId(), form.reason(), CurrentUser.username());
			redirect.addFlashAttribute("flash", "reserve.withdrawn");
			return "redirect:/reserve/" + callId;
		}
		catch (ValidationException e) {
			return again(callId, model, form, new ExpiryForm(null, ""), "withdraw", e.fieldErrors());
		}
		catch (ConflictException e) {
			return again(callId, model, form, new ExpiryForm(null, ""), "withdraw",
					Map.of("proposalId", e.inReadersLanguage()));
		}
	}

	@PostMapping("/reserve/{callId}/expiry")
	@PreAuthorize("hasAuthority('MANAGE_RESERVE_LISTS')")
	String changeExpiry(@PathVariable long callId, @ModelAttribute ExpiryForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		if (binding.hasErrors()) { // a date that is none, or past the year 9999: the form says so
			Map<String, String> errors = new java.util.LinkedHashMap<>();
			binding.getFieldErrors().forEach(e -> errors.putIfAbsent(e.getField(),
					messages.getMessage(e, LocaleContextHolder.getLocale())));
			return again(callId, model, new WithdrawForm(null, ""), form == null ? new ExpiryForm(null, "") : form,
					"expiry", errors);
		}
		try {
			reserve.changeExpiry(callId, form.expiresOn(), form.reason(), CurrentUser.username());
			redirect.addFlashAttribute("flash", "reserve.expiryChanged");
			return "redirect:/reserve/" + callId;
		}
		catch (ValidationException e) {
			return again(callId, model, new WithdrawForm(null, ""), form, "expiry", e.fieldErrors());
		}
		catch (ConflictException e) {
			return again(callId, model, new WithdrawForm(null, ""), form, "expiry",
					Map.of("expiresOn", e.inReadersLanguage()));
		}
	}

	/** The page again, with the errors on the form that was sent. */
	private String again(long callId, Model model, WithdrawForm withdraw, ExpiryForm expiry, String which,
			Map<String, String> errors) {
		model.addAttribute("list", ReserveViews.detail(callId, reserve, calls, notes));
		model.addAttribute("withdrawForm", withdraw);
		model.addAttribute("expiryForm", expiry);
		model.addAttribute(which + "Errors", errors);
		return "reserve/list";
	}
}
