package org.trustfund.notifications.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.trustfund.notifications.Notification;
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
		model.addAttribute("messages", notifications.outbox(CurrentUser.username()));
		return "notifications/list";
	}

	@GetMapping("/messages/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("message", notifications.open(CurrentUser.username(), id));
		return "notifications/show";
	}

	@GetMapping("/api/messages")
	@ResponseBody
	List<MessageView> api() {
		return notifications.outbox(CurrentUser.username()).stream().map(MessageView::of).toList();
	}

	record MessageView(Long id, String subject, String body, String link, java.time.Instant createdAt,
			java.time.Instant readAt) {
		static MessageView of(Notification n) {
			return new MessageView(n.getId(), n.getSubject(), n.getBody(), n.getLink(), n.getCreatedAt(),
					n.getReadAt());
		}
	}
}
