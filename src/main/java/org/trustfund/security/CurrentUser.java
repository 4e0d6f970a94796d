package org.trustfund.security;

import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The user of the current request. */
@NamedInterface("api")
public final class CurrentUser {

	private CurrentUser() {
	}

	public static AppUser get() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof AppUser user) {
			return user;
		}
		throw new AccessDeniedException("Not logged in");
	}

	public static String username() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null ? "system" : auth.getName();
	}
}
