package org.trustfund.users.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import org.trustfund.users.PasswordBytes;
import org.trustfund.users.Role;

/** An administrator's edit of a user; the password is required only when creating one. */
public record UserForm(
		@Size(max = 40) String username,
		@NotBlank @Size(max = 200) String displayName,
		@Email @Size(max = 200) String email,
		Set<@NotNull(message = "{validation.role.choose}") Role> roles,
		Long organisationId,
		Boolean enabled,
		@Size(max = 100) @PasswordBytes String password) {

	Set<Role> roleSet() {
		return roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
	}

	boolean isEnabled() {
		return enabled == null || enabled;
	}
}
