package org.trustfund.security.tokens;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trustfund.security.CurrentUser;

/** Administrators' page of API tokens ({@code /admin/tokens}, optionally {@code ?user=}): list and revoke. */
@Controller
@PreAuthorize("hasAuthority('MANAGE_API_TOKENS')")
class TokenAdminController {

	private final ApiTokenService tokens;

	TokenAdminController(ApiTokenService tokens) {
		this.tokens = tokens;
	}

	@GetMapping("/admin/tokens")
	String list(@RequestParam(required = false) String user, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("tokens", tokens.all(user));
		return "admin/tokens";
	}

	@PostMapping("/admin/tokens/{id}/revoke")
	String revoke(@PathVariable long id, @RequestParam(required = false) String user, RedirectAttributes redirect) {
		tokens.revokeAny(id, CurrentUser.username());
		redirect.addFlashAttribute("flash", "tokens.revoked");
		if (user != null && !user.isBlank()) {
			redirect.addAttribute("user", user);
		}
		return "redirect:/admin/tokens";
	}
}
