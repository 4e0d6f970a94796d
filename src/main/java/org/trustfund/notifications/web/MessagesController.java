package org.trustfund.notifications.web;

import java.util.Map;
import org.springframework.web.bind.annotation.RequestParam;
import org.trustfund.notifications.MessageSearch;
import org.trustfund.web.ListPage;
import org.trustfund.web.ReadableFormats;
import org.trustfund.web.ListQuery;
import org.trustfund.web.ListSpecs;

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

	static final ListQuery.Sorts SORTS = new ListQuery.Sorts("sent", true,
			Map.of("sent", "createdAt", "subject", "subject"));

	private final NotificationService notifications;
	private final MessageSearch search;

	MessagesController(NotificationService notifications, MessageSearch search) {
		this.notifications = notifications;
		this.search = search;
	}

	@GetMapping("/messages")
	String list(@RequestParam Map<String, String> params, Model model) {
		ListQuery q = ListQuery.of("/messages", params, SORTS);
		MessageSearch.Criteria c = new MessageSearch.Criteria(q.like(), q.flag("unread"), q.date("from"), q.date("to"));
		String me = CurrentUser.username();
		Locale locale = LocaleContextHolder.getLocale();
		java.time.ZoneId zone = ReadableFormats.readerZone();
		ListPage<org.trustfund.notifications.Notification> found = ListSpecs.read(q, page -> search.page(me, c, page));
		// each message in the reader's language and zone (a message keeps its bundle key and arguments)
		model.addAttribute("list", new ListPage<>(found.rows().stream().map(n -> notifications.inLanguage(n, locale, zone))
			.toList(), found.total(), found.number(), found.query()));
		return "notifications/list";
	}

	@GetMapping("/messages/{id}")
	String show(@PathVariable long id, Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("message", notifications.inLanguage(notifications.open(CurrentUser.username(), id), locale,
				ReadableFormats.readerZone()));
		return "notifications/show";
	}

	@GetMapping("/api/messages")
	@ResponseBody
	List<MessageView> api() {
		Locale locale = LocaleContextHolder.getLocale();
		java.time.ZoneId zone = ReadableFormats.readerZone();
		return notifications.outbox(CurrentUser.username()).stream().map(n -> notifications.inLanguage(n, locale, zone))
			.map(MessageView::of).toList();
	}

	record MessageView(Long id, String subject, String body, String link, java.time.Instant createdAt,
			java.time.Instant readAt) {
		static MessageView of(Message n) {
			return new MessageView(n.id(), n.subject(), n.body(), n.link(), n.createdAt(), n.readAt());
		}
	}
}
