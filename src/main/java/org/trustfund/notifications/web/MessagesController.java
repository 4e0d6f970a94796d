package org.trustfund.notifications.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.trustfund.notifications.NotificationService.Message;
import org.trustfund.notifications.NotificationService;
import org.trustfund.security.CurrentUser;

/** The in-app outbox: every message sent to the logged-in user. */
@Controller
class MessagesController {

	private final NotificationService notifications;

	MessagesController(NotificationService notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/messages")
	String list(Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("messages", notifications.outbox(CurrentUser.username()).stream()
			.map(n -> notifications.inLanguage(n, locale)).toList());
		return "notifications/list";
	}

	@GetMapping("/messages/{id}")
	String show(@PathVariable long id, Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("message", notifications.inLanguage(notifications.open(CurrentUser.username(), id), locale));
		return "notifications/show";
	}

	@GetMapping("/api/messages")
	@ResponseBody
	List<MessageView> api() {
		Locale locale = LocaleContextHolder.getLocale();
		return notifications.outbox(CurrentUser.username()).stream().map(n -> notifications.inLanguage(n, locale))
			.map(MessageView::of).toList();
	}

	record MessageView(Long id, String subject, String body, String link, java.time.Instant createdAt,
			java.time.Instant readAt) {
		static MessageView of(Message n) {
			return new MessageView(n.id(), n.subject(), n.body(), n.link(), n.createdAt(), n.readAt());
		}
	}
}
