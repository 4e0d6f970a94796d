package org.trustfund.users.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.trustfund.users.UserAccount;
import org.trustfund.users.UserService;

/**
 * People's names instead of usernames on pages: {@code ${@people.name(h.actor)}}. The application's own steps
 * (recorded as {@code system}) read as "the system" in the page's language.
 */
@Component("people")
public class DisplayNames {

	private final UserService users;
	private final MessageSource messages;

	DisplayNames(UserService users, MessageSource messages) {
		this.users = users;
		this.messages = messages;
	}

	/**
	 * @param username a username as recorded (an actor, a reviewer, an assignee), or {@code null}
	 * @return the account's display name; the username itself when there is no such account or it has no
	 *         display name; "" for {@code null}
	 */
	public String name(String username) {
		if (username == null) {
			return "";
		}
		if ("system".equals(username)) {
			Locale locale = LocaleContextHolder.getLocale();
			return messages.getMessage("people.system", null, "system", locale);
		}
		return users.find(username).map(UserAccount::getDisplayName).filter(n -> n != null && !n.isBlank())
			.orElse(username);
	}
}
