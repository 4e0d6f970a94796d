package org.trustfund.users.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.trustfund.users.UserAccount;
import org.trustfund.users.UserService;
import org.trustfund.shared.ValidationException;

@RestController
@RequestMapping("/api/admin/users")
@PreAuthorize("hasAuthority('MANAGE_USERS')")
@Tag(name = "Users", description = "Administrators manage users, roles and organisation membership")
class UserApiController {

	private final UserService users;

	UserApiController(UserService users) {
		this.users = users;
	}

	@GetMapping
	List<UserView> all() {
		return users.all().stream().map(UserView::of).toList();
	}

	@GetMapping("/{username}")
	UserView one(@PathVariable String username) {
		return UserView.of(users.get(username));
	}

	@PostMapping
	ResponseEntity<UserView> create(@Valid @RequestBody UserForm form) {
		PasswordRules.check(form.password());
		UserAccount user = users.create(form.username(), form.displayName(), form.email(), form.password(),
				form.roleSet(), form.organisationId());
		if (!form.isEnabled()) {
			users.update(user.getUsername(), form.displayName(), form.email(), form.roleSet(), form.organisationId(),
					false);
		}
		return ResponseEntity.created(URI.create("/api/admin/users/" + user.getUsername()))
			.body(UserView.of(users.get(user.getUsername())));
	}

	@PutMapping("/{username}")
	UserView update(@PathVariable String username, @Valid @RequestBody UserForm form) {
		return UserView.of(users.update(username, form.displayName(), form.email(), form.roleSet(),
				form.organisationId(), form.isEnabled()));
	}

	@PostMapping("/{username}/password")
	ResponseEntity<Void> password(@PathVariable String username, @RequestBody Map<String, String> body) {
		String password = body.get("password");
		PasswordRules.check(password);
		users.changePassword(username, password);
		return ResponseEntity.noContent().build();
	}

	/** Passwords typed by people: at least 8 characters. */
	static final class PasswordRules {
		static void check(String password) {
			if (password == null || password.length() < 8) {
				throw ValidationException.keyed("password", "error.user.passwordShort", "A password needs at least 8 characters");
			}
		}
	}
}
