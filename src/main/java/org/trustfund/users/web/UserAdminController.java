package org.trustfund.users.web;

import jakarta.validation.Valid;
import java.util.EnumSet;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trustfund.users.Role;
import org.trustfund.users.UserAccount;
import org.trustfund.users.UserService;
import org.trustfund.shared.ValidationException;

@Controller
@PreAuthorize("hasAuthority('MANAGE_USERS')")
class UserAdminController {

	private final UserService users;

	UserAdminController(UserService users) {
		this.users = users;
	}

	@ModelAttribute("allRoles")
	Role[] roles() {
		return Role.values();
	}

	@GetMapping("/admin/users")
	String list(Model model) {
		model.addAttribute("users", users.all());
		return "admin/users";
	}

	@GetMapping("/admin/users/new")
	String newUser(Model model) {
		model.addAttribute("userForm", new UserForm("", "", "", EnumSet.noneOf(Role.class), null, true, ""));
		model.addAttribute("creating", true);
		return "admin/user";
	}

	@GetMapping("/admin/users/{username}")
	String edit(@PathVariable String username, Model model) {
		UserAccount u = users.get(username);
		model.addAttribute("userForm", new UserForm(u.getUsername(), u.getDisplayName(), u.getEmail(), u.getRoles(),
				u.getOrganisationId(), u.isEnabled(), ""));
		model.addAttribute("creating", false);
		return "admin/user";
	}

	@PostMapping("/admin/users/new")
	String create(@Valid @ModelAttribute("userForm") UserForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("creating", true);
		if (binding.hasErrors()) {
			return "admin/user";
		}
		try {
			UserApiController.PasswordRules.check(form.password());
			users.create(form.username(), form.displayName(), form.email(), form.password(), form.roleSet(),
					form.organisationId());
		}
		catch (ValidationException e) {
			e.fieldErrors().forEach((f, m) -> binding.rejectValue(f, "invalid", m));
			return "admin/user";
		}
		redirect.addFlashAttribute("flash", "users.saved");
		return "redirect:/admin/users";
	}

	@PostMapping("/admin/users/{username}")
	String update(@PathVariable String username, @Valid @ModelAttribute("userForm") UserForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		model.addAttribute("creating", false);
		if (binding.hasErrors()) {
			return "admin/user";
		}
		try {
			boolean newPassword = form.password() != null && !form.password().isBlank();
			// Checked before anything is saved: a refused password must not leave the other changes behind.
			if (newPassword) {
				UserApiController.PasswordRules.check(form.password());
			}
			users.update(username, form.displayName(), form.email(), form.roleSet(), form.organisationId(),
					form.isEnabled());
			if (newPassword) {
				users.changePassword(username, form.password());
			}
		}
		catch (ValidationException e) {
			e.fieldErrors().forEach((f, m) -> binding.rejectValue(f, "invalid", m));
			return "admin/user";
		}
		redirect.addFlashAttribute("flash", "users.saved");
		return "redirect:/admin/users";
	}
}
