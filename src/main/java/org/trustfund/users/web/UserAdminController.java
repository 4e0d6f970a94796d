package org.trustfund.users.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.web.bind.annotation.RequestParam;
import org.trustfund.users.UserAccount;
import org.trustfund.users.UserSearch;
import org.trustfund.web.CsvExport;
import org.trustfund.web.ListQuery;
import org.trustfund.web.ListSpecs;

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

	static final ListQuery.Sorts SORTS = new ListQuery.Sorts("username", false,
			Map.of("username", "username", "name", "displayName", "created", "createdAt"), "username");

	private final UserService users;
	private final UserSearch search;

	UserAdminController(UserService users, UserSearch search) {
		this.users = users;
		this.search = search;
	}

	@ModelAttribute("allRoles")
	Role[] roles() {
		return Role.values();
	}

	@GetMapping("/admin/users")
	String list(@RequestParam Map<String, String> params, Model model) {
		ListQuery q = ListQuery.of("/admin/users", params, SORTS);
		UserSearch.Criteria c = criteria(q, search);
		model.addAttribute("list", ListSpecs.read(q, page -> search.page(c, page)));
		return "admin/users";
	}

	/** Every user of the filtered list, in its order: username, name, e-mail, roles, organisation, enabled. */
	@GetMapping("/admin/users/export.csv")
	void export(@RequestParam Map<String, String> params, HttpServletResponse response) {
		ListQuery q = ListQuery.of("/admin/users", params, SORTS);
		var rows = search.page(criteria(q, search), ListSpecs.all(q));
		CsvExport csv = CsvExport.download(response, "users.csv", "username", "name", "email", "roles",
				"organisation_id", "enabled", "created_at");
		for (UserAccount u : rows) {
			csv.row(u.getUsername(), u.getDisplayName(), u.getEmail(),
					u.getRoles().stream().map(Enum::name).sorted().collect(java.util.stream.Collectors.joining(" ")),
					u.getOrganisationId(), u.isEnabled() ? "yes" : "no", u.getCreatedAt());
		}
		csv.flush();
	}

	private static UserSearch.Criteria criteria(ListQuery q, UserSearch search) {
		UserSearch.Criteria c = new UserSearch.Criteria(q.like(), q.choice("role", Role.class), q.bool("enabled"),
				q.id("organisationId"));
		return q.flag("waiting") ? search.waiting(c) : c;
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
