package org.trustfund.security.tokens;

import java.time.ZoneId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trustfund.security.AppUser;
import org.trustfund.security.CurrentUser;
import org.trustfund.shared.ValidationException;
import org.trustfund.users.UserService;

/**
 * "My profile", for every logged-in user: who they are, the time zone they read times in, and their personal
 * API tokens (create, list, revoke). A new token's secret is shown in the answer to the creation itself, never through a redirect's
 * flash attributes, which would keep it in the session.
 */
@Controller
class ProfileController {

	private final ApiTokenService tokens;
	private final UserService users;

	ProfileController(ApiTokenService tokens, UserService users) {
		this.tokens = tokens;
		this.users = users;
	}

	@GetMapping("/profile")
	String profile(Model model) {
		return page(model, "", null);
	}

	@PostMapping("/profile/tokens")
	String create(@RequestParam(defaultValue = "") String name, @RequestParam(required = false) Integer validityDays,
			Model model) {
		if (SecurityContextHolder.getContext().getAuthentication() instanceof ApiTokenAuthentication) {
			throw new AccessDeniedException("A token cannot create tokens");
		}
		try {
			TokenView.Created created = tokens.create(CurrentUser.username(), name, validityDays);
			model.addAttribute("created", created);
			return page(model, "", validityDays);
		}
		catch (ValidationException e) {
			model.addAttribute("errors", e.fieldErrors());
			return page(model, name, validityDays);
		}
	}

	/** Sets the zone times are shown in: an IANA id, or blank for UTC; an unknown zone is a form error. */
	@PostMapping("/profile/time-zone")
	String timeZone(@RequestParam(defaultValue = "") String timeZone, Model model, RedirectAttributes redirect) {
		try {
			users.preferTimeZone(CurrentUser.username(), timeZone);
		}
		catch (ValidationException e) {
			model.addAttribute("zoneErrors", e.fieldErrors());
			model.addAttribute("chosenZone", timeZone);
			return page(model, "", null);
		}
		redirect.addFlashAttribute("flash", "profile.timeZoneSaved");
		return "redirect:/profile";
	}

	@PostMapping("/profile/tokens/{id}/revoke")
	String revoke(@PathVariable long id, RedirectAttributes redirect) {
		tokens.revokeOwn(CurrentUser.username(), id);
		redirect.addFlashAttribute("flash", "tokens.revoked");
		return "redirect:/profile";
	}

	private String page(Model model, String name, Integer validityDays) {
		AppUser user = CurrentUser.get();
		model.addAttribute("user", user);
		model.addAttribute("tokens", tokens.of(user.getUsername()));
		model.addAttribute("choices", tokens.validityChoices());
		model.addAttribute("name", name);
		model.addAttribute("validityDays", validityDays == null ? tokens.defaultDays() : validityDays);
		ZoneId zone = users.timeZoneOf(user.getUsername()).orElse(null);
		model.addAttribute("zones", TimeZoneChoices.grouped(zone));
		if (!model.containsAttribute("chosenZone")) {
			model.addAttribute("chosenZone", zone == null ? "" : zone.getId());
		}
		return "profile/profile";
	}
}
