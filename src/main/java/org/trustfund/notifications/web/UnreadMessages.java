package org.trustfund.notifications.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.trustfund.notifications.NotificationService;
import org.trustfund.security.AppUser;

/** Puts the unread-message count into every page's model, for the layout's menu. */
@ControllerAdvice(annotations = Controller.class)
class UnreadMessages {

	private final NotificationService notifications;

	UnreadMessages(NotificationService notifications) {
		this.notifications = notifications;
	}

	@ModelAttribute("unreadMessages")
	long unread() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getPrincipal() instanceof AppUser user ? notifications.unread(user.getUsername())
				: 0;
	}
}
